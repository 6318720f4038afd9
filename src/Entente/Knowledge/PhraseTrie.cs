using Entente.Text;

namespace Entente.Knowledge;

/// <summary>
/// Phrases of one or more tokens mapped to values, matched longest-first over a token stream without allocating:
/// keys are token texts folded by <see cref="TextFold"/> (and lower-cased when the trie ignores case), looked up
/// through span-keyed dictionaries. A <see cref="Gap"/> token inside a phrase matches one to
/// <see cref="MaxGapTokens"/> words or numbers (hyphens, parentheses, currency signs and commas not counted) ("gave * hours to leave" matches "gave the French ambassador 48
/// hours to leave"), so an act whose words enclose its object is one trigger.
/// </summary>
public sealed class PhraseTrie<T>
    where T : class
{
    /// <summary>The phrase token that matches a gap of words.</summary>
    public const string Gap = "*";

    /// <summary>The most words a gap spans: enough for "the German and French ambassadors 48".</summary>
    public const int MaxGapTokens = 6;

    private const int MaxTokenLength = 64;

    private readonly Node root = new();

    public PhraseTrie(bool ignoreCase)
    {
        IgnoreCase = ignoreCase;
    }

    public bool IgnoreCase { get; }

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as its token texts; an existing phrase keeps its first value.</summary>
    public bool Add(IReadOnlyList<string> phrase, T value)
    {
        var node = root;
        foreach (var token in phrase)
        {
            if (token == Gap)
            {
                node = node.GapChild ??= new Node();
                continue;
            }

            var key = Key(token);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }

            node = child;
        }

        if (node.Value is not null)
        {
            return false;
        }

        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="end"/>.</summary>
    public bool TryMatch(string body, IReadOnlyList<Token> tokens, int start, int end, out int length, out T? value)
    {
        length = 0;
        value = null;
        Longest(root, body, tokens, start, start, end, ref length, ref value);
        return value is not null;
    }

    /// <summary>Follows the phrase from <paramref name="node"/> at token <paramref name="next"/>, trying every gap width.</summary>
    private void Longest(Node node, string body, IReadOnlyList<Token> tokens, int start, int next, int end, ref int length, ref T? value)
    {
        Span<char> buffer = stackalloc char[MaxTokenLength];
        for (var i = next; ; i++)
        {
            if (node.GapChild is { } gap)
            {
                // A hyphen joins the words of one compound ("a decades-old water-sharing treaty"), parentheses hold an
                // abbreviation ("the Collective Security Treaty Organization (CSTO)"), a currency or percent sign belongs to its
                // amount ("NZ$18.2", "25%") and commas set off an apposition or a list: they do not count.
                var counted = 0;
                for (var width = 1; i + width < end && IsGapToken(body, tokens[i + width - 1]); width++)
                {
                    counted += IsUncounted(tokens[i + width - 1].Span(body)) ? 0 : 1;
                    if (counted > MaxGapTokens)
                    {
                        break;
                    }

                    Longest(gap, body, tokens, start, i + width, end, ref length, ref value);
                }
            }

            if (i >= end || node.Children is null)
            {
                return;
            }

            var text = tokens[i].Span(body);
            if (text.Length > MaxTokenLength)
            {
                return;
            }

            var key = buffer[..text.Length];
            for (var c = 0; c < text.Length; c++)
            {
                var folded = TextFold.Fold(text[c]);
                key[c] = IgnoreCase ? char.ToLowerInvariant(folded) : folded;
            }

            if (!node.Lookup.TryGetValue(key, out var child))
            {
                return;
            }

            node = child;
            if (node.Value is not null && i - start + 1 > length)
            {
                length = i - start + 1;
                value = node.Value;
            }
        }
    }

    /// <summary>
    /// Words, numbers, hyphens inside compounds ("anti-aircraft"), parentheses, currency and percent signs, quotation marks
    /// ("called him “an old friend”") and commas ("asked his Turkish counterpart, Binali Yildirim, to") may stand in a
    /// gap; other punctuation ends it.
    /// </summary>
    private static bool IsGapToken(string body, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number || token.Span(body) is "\"" or "\u201c" or "\u201d" or "\u2018" or "\u2019" or "'" or ","
            || IsUncounted(token.Span(body));

    private static bool IsUncounted(ReadOnlySpan<char> token) => token is "-" or "(" or ")" or "$" or "\u20ac" or "\u00a3" or "%" or ",";

    private string Key(string token)
    {
        var folded = TextFold.Fold(token);
        return IgnoreCase ? folded.ToLowerInvariant() : folded;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? children;

        public Dictionary<string, Node>? Children
        {
            get => children;
            set
            {
                children = value;
                Lookup = value!.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; private set; }

        public Node? GapChild { get; set; }

        public T? Value { get; set; }
    }
}
