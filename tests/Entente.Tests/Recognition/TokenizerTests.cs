using Entente.Pipeline;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Tests.Recognition;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var document = new Tokenizer(FictionalWorld.Lexicon.Abbreviations).Process(Document.From(Article.FromText("t", text)));
        return document.Tokens.Select(t => document.TextOf(t.Range)).ToArray();
    }

    [Fact]
    public void Splits_the_possessive_from_its_noun_with_either_apostrophe()
    {
        Assert.Equal(["Freedonia", "’s", "minister", "and", "Sylvania", "'s", "army"], Tokens("Freedonia’s minister and Sylvania's army"));
    }

    [Fact]
    public void Keeps_dotted_abbreviations_and_listed_abbreviations_whole()
    {
        Assert.Equal(["the", "U.S.", "and", "Mr.", "Firefly", "met", "G.", "Marx"], Tokens("the U.S. and Mr. Firefly met G. Marx"));
    }

    [Fact]
    public void Keeps_numbers_with_their_separators_and_splits_ranges_at_the_hyphen()
    {
        Assert.Equal(["$", "200,000", "for", "5,000", "-", "8,000", "people", "on", "3.3"], Tokens("$200,000 for 5,000-8,000 people on 3.3"));
    }

    [Fact]
    public void Splits_hyphenated_words_so_both_halves_can_match()
    {
        Assert.Equal(["Freedonia", "-", "Sylvania", "war"], Tokens("Freedonia-Sylvania war"));
    }

    [Fact]
    public void Every_token_is_a_nonempty_range_inside_its_passage_in_order()
    {
        const string text = "He said: “Go.” Then—after 3 p.m.—they left (again)…";
        var document = new Tokenizer(FictionalWorld.Lexicon.Abbreviations).Process(Document.From(Article.FromText("t", text)));
        var previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            Assert.True(token.Range.Length > 0);
            Assert.True(token.Start >= previousEnd);
            Assert.False(string.IsNullOrWhiteSpace(document.TextOf(token.Range)));
            previousEnd = token.End;
        }
    }

    [Fact]
    public void Tokens_stay_inside_passages_and_skip_text_outside_them()
    {
        const string text = "Metadata line\n\nCoded text here.";
        var article = Article.FromText("t", text) with { Passages = [new Passage(new TextRange(15, text.Length), PassageKind.Body)] };
        var document = new Tokenizer(FictionalWorld.Lexicon.Abbreviations).Process(Document.From(article));
        Assert.Equal("Coded", document.TextOf(document.Tokens[0].Range));
    }
}
