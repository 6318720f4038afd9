using Entente.Knowledge;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Tests.Knowledge;

public sealed class PhraseTrieTests
{
    private static (int Length, string? Value) Match(PhraseTrie<string> trie, string text)
    {
        var tokens = new List<Token>();
        new Tokenizer(new AbbreviationList([])).Tokenize(text, new TextRange(0, text.Length), tokens);
        return trie.TryMatch(text, tokens, 0, tokens.Count, out var length, out var value) ? (length, value) : (0, null);
    }

    [Fact]
    public void The_longest_phrase_wins_and_case_is_ignored()
    {
        var trie = new PhraseTrie<string>(ignoreCase: true);
        trie.Add(["held", "talks"], "talks");
        trie.Add(["held"], "held");
        Assert.Equal((2, "talks"), Match(trie, "Held talks with Sylvania"));
        Assert.Equal((1, "held"), Match(trie, "held a rally"));
    }

    [Fact]
    public void A_gap_spans_up_to_six_words_with_quotation_marks_and_commas_but_no_other_punctuation()
    {
        var trie = new PhraseTrie<string>(ignoreCase: true);
        trie.Add(["gave", PhraseTrie<string>.Gap, "hours", "to", "leave"], "expel");
        trie.Add(["called", PhraseTrie<string>.Gap, "an", "old", "friend"], "praise");
        Assert.Equal((10, "expel"), Match(trie, "gave the German and French ambassadors 48 hours to leave"));
        Assert.Equal((6, "praise"), Match(trie, "called him \u201can old friend"));
        // "asked his Turkish counterpart, Binali Yildirim, to": an apposition or a list between commas is one object.
        Assert.Equal((10, "expel"), Match(trie, "gave the German, French ambassadors 48 hours to leave"));
        Assert.Equal((0, null), Match(trie, "gave the German; French ambassadors 48 hours to leave"));
        Assert.Equal((0, null), Match(trie, "gave one two three four five six seven hours to leave"));
        Assert.Equal((0, null), Match(trie, "gave hours to leave"));
    }

    [Fact]
    public void Parentheses_and_currency_and_percent_signs_in_a_gap_do_not_count_as_words()
    {
        var trie = new PhraseTrie<string>(ignoreCase: true);
        trie.Add(["asked", PhraseTrie<string>.Gap, "for"], "request");
        trie.Add(["put", PhraseTrie<string>.Gap, "on", "hold"], "suspend");
        Assert.Equal((10, "request"), Match(trie, "asked the Collective Security Treaty Organization (CSTO) for help"));
        Assert.Equal((0, null), Match(trie, "asked the Collective Security Treaty Organization Alliance (CSTO) for help"));
        Assert.Equal((8, "suspend"), Match(trie, "put 25% of $18 on hold"));
    }
}
