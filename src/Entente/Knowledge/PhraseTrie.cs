using Entente.Text;

namespace Entente.Knowledge;

/// <summary>
/// Phrases of one or more tokens mapped to values, matched longest-first over a token stream without allocating:
/// keys are token texts folded by <see cref="TextFold"/> (and lower-cased when the trie ignores case), looked up
/// through span-keyed dictionaries.
/// </summary>
public sealed class PhraseTrie<T>
    where T : class
{
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
        var node = root;
        Span<char> buffer = stackalloc char[MaxTokenLength];
        for (var i = start; i < end; i++)
        {
            if (node.Children is null)
            {
                break;
            }

            var text = tokens[i].Span(body);
            if (text.Length > MaxTokenLength)
            {
                break;
            }

            var key = buffer[..text.Length];
            for (var c = 0; c < text.Length; c++)
            {
                var folded = TextFold.Fold(text[c]);
                key[c] = IgnoreCase ? char.ToLowerInvariant(folded) : folded;
            }

            if (!node.Lookup.TryGetValue(key, out var child))
            {
                break;
            }

            node = child;
            if (node.Value is not null)
            {
                length = i - start + 1;
                value = node.Value;
            }
        }

        return value is not null;
    }

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

        public T? Value { get; set; }
    }
}
