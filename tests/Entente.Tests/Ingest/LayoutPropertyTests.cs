using Entente.Ingest;
using FsCheck.Xunit;

namespace Entente.Tests.Ingest;

public sealed class LayoutPropertyTests
{
    // Lines that drive the layout rules, mixed with whatever FsCheck invents, so the rules' branches are exercised.
    private static readonly string[] PageLines =
    [
        "Harbour News", "Castamar opens port", "Harbour News | Trade", "Credit: Port Office", "Photo : Ledger",
        "The council voted to lease the berths on Monday.", "Sign up for our newsletter", "Find your next coastal job",
        "FILE PHOTO: A ferry leaves Port Ansel.", "   ", "\u00a0", "", "\u200b",
    ];

    [Property(MaxTest = 500)]
    public bool Passages_are_sorted_disjoint_trimmed_and_inside_the_body(string?[]? lines, int[]? picks, bool crlf, bool withTitle)
    {
        var invented = (lines ?? []).Select(line => line ?? string.Empty).ToList();
        var picked = (picks ?? []).Select(pick => PageLines[(pick & int.MaxValue) % PageLines.Length]).ToList();
        var chosen = Enumerable.Range(0, Math.Max(invented.Count, picked.Count))
            .SelectMany(i => (i < picked.Count ? [picked[i]] : Array.Empty<string>()).Concat(i < invented.Count ? [invented[i]] : []))
            .ToList();
        var body = string.Join(crlf ? "\r\n" : "\n", chosen);

        var layout = ScrapedPageLayout.Analyze(body, withTitle ? "Castamar opens port" : null);

        var previousEnd = 0;
        foreach (var passage in layout.Passages)
        {
            if (passage.Range.Start < previousEnd || passage.Range.Length <= 0 || passage.Range.End > body.Length
                || char.IsWhiteSpace(body[passage.Range.Start]) || char.IsWhiteSpace(body[passage.Range.End - 1]))
            {
                return false;
            }

            previousEnd = passage.Range.End;
        }

        return true;
    }
}
