using Entente.Text;

namespace Entente.Tests.Ingest;

/// <summary>The invariants every reader's passages keep, whatever the input.</summary>
internal static class PassageAssertions
{
    public static void AreWellFormed(Article article)
    {
        var previousEnd = 0;
        foreach (var passage in article.Passages)
        {
            Assert.True(passage.Range.Start >= previousEnd, $"{article.Id}: passage {passage.Range} overlaps or is out of order");
            Assert.True(passage.Range.Length > 0, $"{article.Id}: empty passage at {passage.Range}");
            Assert.True(passage.Range.End <= article.Body.Length, $"{article.Id}: passage {passage.Range} runs past the body");
            Assert.False(char.IsWhiteSpace(article.Body[passage.Range.Start]), $"{article.Id}: passage {passage.Range} starts with whitespace");
            Assert.False(char.IsWhiteSpace(article.Body[passage.Range.End - 1]), $"{article.Id}: passage {passage.Range} ends with whitespace");
            previousEnd = passage.Range.End;
        }
    }

    public static string[] Texts(Article article, PassageKind kind) =>
        [.. article.Passages.Where(passage => passage.Kind == kind).Select(passage => passage.Range.Slice(article.Body))];
}
