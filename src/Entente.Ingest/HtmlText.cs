using Entente.Text;

namespace Entente.Ingest;

/// <summary>Text taken out of HTML: paragraphs separated by blank lines, and where the figure captions are in it.</summary>
internal sealed record HtmlText(string Text, IReadOnlyList<TextRange> Captions)
{
    /// <summary>
    /// The layout's passages with the markup's knowledge added: a passage inside a figcaption is a caption whatever
    /// the text rules said, and a figcaption the rules left out (a short one under the headline) is still coded,
    /// unless it is only a credit line.
    /// </summary>
    public IReadOnlyList<Passage> WithCaptions(IReadOnlyList<Passage> passages)
    {
        if (Captions.Count == 0)
        {
            return passages;
        }

        var result = passages
            .Select(passage => Captions.Any(caption => caption.Contains(passage.Range))
                ? passage with { Kind = PassageKind.Caption }
                : passage)
            .ToList();
        foreach (var caption in Captions)
        {
            if (!result.Any(passage => passage.Range.Overlaps(caption)) && !PageLayoutAnalysis.IsCreditLine(caption.Slice(Text)))
            {
                result.Add(new Passage(caption, PassageKind.Caption));
            }
        }

        return [.. result.OrderBy(passage => passage.Range.Start)];
    }
}
