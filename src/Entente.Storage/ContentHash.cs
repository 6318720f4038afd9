using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage;

/// <summary>
/// What identifies an article's content: id, title, text, publication date, source and the coded passages. Each
/// field is length-prefixed so that moving characters from one field to the next changes the hash.
/// </summary>
internal static class ContentHash
{
    public static string Of(Article article)
    {
        var text = new StringBuilder();
        Append(text, article.Id);
        Append(text, article.Title);
        Append(text, article.Body);
        Append(text, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(text, article.Source);
        Append(text, string.Join(';', article.Passages.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Range.Start}-{p.Range.End}-{p.Kind}"))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? field)
    {
        // A null field and an empty one differ: -1 marks null.
        text.Append(CultureInfo.InvariantCulture, $"{field?.Length ?? -1}:").Append(field).Append('\n');
    }
}
