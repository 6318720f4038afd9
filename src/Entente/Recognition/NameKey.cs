using System.Text;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// A person-name key shared by transliteration and name-order variants: "Pak Myung Ho", "Pak Myong-ho";
/// "Khurelsukh Ukhnaa", "Ukhnaagiin Khurelsukh", "Khürelsükh". Each part is reduced to a consonant skeleton
/// (diacritics folded, "kh" read as "h", vowels after the first letter dropped, doubled letters collapsed),
/// Mongolian genitive patronymic endings are removed, given-name syllables are joined, and the parts are sorted.
/// </summary>
public static class NameKey
{
    private static readonly string[] GenitiveEndings = ["giin", "iyn", "iin", "yn"];

    public static string For(string name)
    {
        var parts = Parts(name);
        if (parts.Count > 2)
        {
            parts = [parts[0], string.Concat(parts.Skip(1))];
        }

        return string.Join(' ', parts.Select(Skeleton).Order(StringComparer.Ordinal));
    }

    /// <summary>The skeletons of each written part, for matching a later one-word mention ("Pak", "Khurelsukh").</summary>
    public static IReadOnlyList<string> PartSkeletons(string name) => Parts(name).Select(Skeleton).ToArray();

    public static string Skeleton(string part)
    {
        var lower = part.Replace("kh", "h", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (i > 0 && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                continue;
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static List<string> Parts(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var f = TextFold.Fold(c);
            if (char.IsLetter(f))
            {
                folded.Append(char.ToLowerInvariant(f));
            }
            else if (char.IsWhiteSpace(f) || f == '.')
            {
                folded.Append(' ');
            }

            // Hyphens and apostrophes join syllables: "Myong-ho" is "myongho".
        }

        var parts = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ("mr" or "mrs" or "ms" or "dr"))
            .ToList();
        if (parts.Count >= 2)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                foreach (var ending in GenitiveEndings)
                {
                    if (parts[i].Length > ending.Length + 4 && parts[i].EndsWith(ending, StringComparison.Ordinal))
                    {
                        parts[i] = parts[i][..^ending.Length];
                        break;
                    }
                }
            }
        }

        return parts;
    }
}
