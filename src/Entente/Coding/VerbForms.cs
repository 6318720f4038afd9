using Entente.Knowledge;

namespace Entente.Coding;

/// <summary>
/// English inflections of a trigger word: base, third person, past, participle and gerund. Irregular verbs and
/// consonant-doubling ones come from data/text/irregular-verbs.tsv; every other word follows the regular rules,
/// which also give the plural of a noun ("talk" → "talks").
/// </summary>
public sealed class VerbForms
{
    private readonly Dictionary<string, string[]> irregular = new(StringComparer.Ordinal);
    private readonly HashSet<string> participles = new(StringComparer.Ordinal);

    public VerbForms(DataSet data)
    {
        var file = data["text/irregular-verbs.tsv"];
        foreach (var row in file.Rows)
        {
            var forms = new List<string> { file.Cell(row, "base") };
            foreach (var column in new[] { "third", "past", "participle", "gerund" })
            {
                forms.AddRange(file.Cell(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries));
            }

            irregular[forms[0]] = forms.Distinct(StringComparer.Ordinal).ToArray();
            foreach (var participle in file.Cell(row, "participle").Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                participles.Add(participle);
            }
        }
    }

    /// <summary>All forms of a word, the irregular ones where listed plus the regular ones.</summary>
    public IReadOnlyList<string> Forms(string word)
    {
        var regular = Regular(word);
        return irregular.TryGetValue(word, out var listed) ? listed.Concat(regular).Distinct(StringComparer.Ordinal).ToArray() : regular;
    }

    /// <summary>Whether a word is a past participle: listed irregular, or a regular "-ed" form.</summary>
    public bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || participles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static string[] Regular(string word)
    {
        if (word.Length < 2)
        {
            return [word];
        }

        var last = word[^1];
        var consonantY = last == 'y' && !IsVowel(word[^2]);
        var third = consonantY ? word[..^1] + "ies"
            : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || last == 'o' ? word + "es"
            : word + "s";
        var past = consonantY ? word[..^1] + "ied" : last == 'e' ? word + "d" : word + "ed";
        var gerund = last == 'e' && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] + "ing" : word + "ing";
        return [word, third, past, gerund];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
