using Entente.Annotations;

namespace Entente.Storage.Tests;

public sealed class EventAggregateTests
{
    private static readonly DateOnly Monday = new(2024, 1, 1);

    public static TheoryData<string> Sequences => ["undated first", "dated first", "month then day", "places", "sources", "people"];

    [Fact]
    public void An_event_takes_its_date_from_the_first_mention_that_gives_one_in_its_text()
    {
        var aggregate = EventAggregate.Of(
        [
            Mention(1, "A", Monday.AddDays(1), null),
            Mention(2, null, Monday.AddDays(2), new PartialDate(2024, 1)),
            Mention(3, null, Monday, PartialDate.Of(Monday)),
        ]);

        Assert.Equal((Monday, new DateOnly(2024, 1, 31), EventDatePrecision.Month), (aggregate.Day, aggregate.DayEnd, aggregate.Precision));
        Assert.Equal((Monday, Monday.AddDays(2)), (aggregate.FirstSeen, aggregate.LastSeen));
        Assert.Equal((3, 3, 2), (aggregate.MentionCount, aggregate.ArticleCount, aggregate.SourceCount));
        Assert.Equal([("RUS", "PRK")], aggregate.Dyads);
    }

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Joining_mentions_one_by_one_gives_what_recomputing_from_all_of_them_gives(string sequence)
    {
        MentionFacts[] mentions = sequence switch
        {
            "undated first" => [Mention(1, "A", Monday, null), Mention(2, "B", Monday.AddDays(-1), null, ["KOR"]), Mention(3, "C", Monday.AddDays(1), PartialDate.Of(Monday))],
            "dated first" => [Mention(1, "A", Monday, PartialDate.Of(Monday)), Mention(2, "B", Monday, new PartialDate(2024, 1), ["CHN"])],
            "month then day" => [Mention(1, "A", Monday, new PartialDate(2024)), Mention(2, "A", Monday.AddDays(3), PartialDate.Of(Monday))],
            "places" => [Mention(1, "A", Monday, null), Mention(2, "B", Monday, null) with { Location = new EventLocation("Seoul", "KOR", 37.6, 127) }],
            "people" =>
            [
                Mention(1, "A", Monday, null) with { ActorPeople = [new("RUS", "Sergei Lavrov")] },
                Mention(2, "B", Monday, null),
                Mention(3, "C", Monday, null) with { ActorPeople = [new("RUS", "Lavrov")], RecipientPeople = [new("PRK", "Choe Son Hui")] },
                Mention(4, "D", Monday, null) with { ActorPeople = [new("RUS", "Sergei Lavrov")] },
            ],
            _ => [Mention(1, null, Monday, null), Mention(2, null, Monday, null), Mention(3, "A", Monday, null), Mention(4, "A", Monday, null)],
        };

        var joined = EventAggregate.Of([mentions[0]]);
        for (var i = 1; i < mentions.Length; i++)
        {
            var newSource = mentions[..i].All(m => m.Source != mentions[i].Source);
            joined = joined.Join(mentions[i], newSource);
        }

        Assert.Equal(Json.Of(EventAggregate.Of(mentions)), Json.Of(joined));
    }

    private static MentionFacts Mention(long article, string? source, DateOnly published, PartialDate? date, IReadOnlyCollection<string>? moreActors = null) =>
        new(article, source, published, null, "040", 1, 1, date, null, date?.First ?? published, null, ["RUS", .. moreActors ?? []], ["PRK"], [], []);
}
