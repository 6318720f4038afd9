using System.Text;

namespace Entente.Storage;

/// <summary>
/// The words of a user's search, letters and digits only: both full-text engines then see plain words, never
/// operators, so any input is a valid query ("U.S.-led" searches for "u", "s" and "led").
/// </summary>
internal static class SearchWords
{
    public static IReadOnlyList<string> Of(string search)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in search)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
