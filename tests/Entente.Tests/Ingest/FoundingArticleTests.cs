using Entente.Text;

namespace Entente.Tests.Ingest;

/// <summary>The founding article of the project: a page of The Diplomat scraped to text, with every kind of page furniture.</summary>
public sealed class FoundingArticleTests
{
    private static readonly Article Founding = GoldArticles.Read("news-dev.jsonl")[0].Article!;

    [Fact]
    public void Founding_article_metadata_is_read_from_the_page()
    {
        Assert.Equal("diplomat-pak-ulaanbaatar", Founding.Id);
        Assert.Equal("The Koreas", Founding.Section);
        Assert.Equal(["The Koreas", "Diplomacy", "East Asia"], Founding.Tags);
        Assert.Equal("Why Did North Korea’s Deputy Foreign Minister Visit Ulaanbaatar?", Founding.Title);
        Assert.Equal("The first visit to Mongolia by a North Korean official in five years is part of a broader diplomatic gambit from Pyongyang.", Founding.Dek);
        Assert.Equal(["Office of the President of Mongolia"], Founding.Credits);
        Assert.Equal(new DateOnly(2024, 3, 15), Founding.Published);
    }

    [Fact]
    public void Founding_article_caption_is_one_caption_passage()
    {
        var caption = Assert.Single(PassageAssertions.Texts(Founding, PassageKind.Caption));

        Assert.StartsWith("North Korea’s Deputy Foreign Minister Pak Myung Ho (left) shakes hands", caption, StringComparison.Ordinal);
        Assert.EndsWith("March 11, 2024.", caption, StringComparison.Ordinal);
        Assert.Equal(Founding.Passages[0].Range.Slice(Founding.Body), caption);
    }

    [Fact]
    public void Founding_article_body_runs_from_the_pandemic_to_the_diplomatic_game()
    {
        var body = PassageAssertions.Texts(Founding, PassageKind.Body);

        Assert.StartsWith("After the outbreak of the COVID-19 pandemic", body[0], StringComparison.Ordinal);
        Assert.StartsWith("In this seemingly unsolvable diplomatic game", body[^1], StringComparison.Ordinal);
        Assert.Equal(16, body.Length);
    }

    [Fact]
    public void Founding_article_jobs_board_lines_are_outside_all_passages()
    {
        var end = Founding.Passages[^1].Range.End;
        var tail = Founding.Body[end..];

        Assert.Contains("Dreaming of a career in the Asia-Pacific?", tail, StringComparison.Ordinal);
        Assert.Contains("jobs board", tail, StringComparison.Ordinal);
        Assert.Contains("Find your Asia-Pacific job", tail, StringComparison.Ordinal);
    }

    [Fact]
    public void Founding_article_header_is_outside_all_passages()
    {
        var start = Founding.Passages[0].Range.Start;
        var header = Founding.Body[..start];

        Assert.Contains("Recent Features", header, StringComparison.Ordinal);
        Assert.Contains("Diplomacy", header, StringComparison.Ordinal);
        Assert.EndsWith("Ulaanbaatar?\n\n", header, StringComparison.Ordinal);
    }
}
