using Entente.Annotations;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Storage.Tests;

/// <summary>
/// What every store must do, run against each: a subclass supplies a fresh database per test and a way to open
/// more stores on it (other processes, as far as the database can tell).
/// </summary>
public abstract class EventStoreContract : IAsyncLifetime
{
    private const string CoderV1 = "coder-1";
    private const string CoderV2 = "coder-2";

    private static readonly DateOnly Monday = new(2024, 1, 1);

    protected IEventStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = await OpenStoreAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DeleteDatabaseAsync();
    }

    [StoreFact]
    public async Task A_new_article_is_inserted_with_its_events_and_evidence_sliced_from_the_stored_text()
    {
        var document = Reports.LavrovMeetsChoe("yonhap-1", "Yonhap");

        var result = await Store.SaveAsync(document, CoderV1);

        Assert.Equal(SaveOutcome.Inserted, result.Outcome);
        Assert.Equal(document.Events.Count, result.Mentions);
        Assert.Equal(document.Events.Count, result.EventsCreated);
        var coded = Assert.Single(document.Events);
        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal(("CONSULT", "040", 1, Modality.Asserted), (stored.Type, stored.Cameo, stored.QuadClass, stored.Modality));
        Assert.Equal(["RUS"], stored.ActorCountries);
        Assert.Equal(["PRK"], stored.RecipientCountries);
        Assert.Equal((Reports.October19, Reports.October19, EventDatePrecision.Day), (stored.Day, stored.DayEnd, stored.DatePrecision));
        Assert.Equal("PRK", stored.Location?.Country);
        Assert.Equal((1, 1, 1), (stored.MentionCount, stored.ArticleCount, stored.SourceCount));
        var mention = Assert.Single(stored.Mentions);
        Assert.Equal(("yonhap-1", "Yonhap", "https://news.example/yonhap-1", Reports.October19), (mention.ArticleId, mention.Source, mention.Url, mention.Published));
        Assert.Equal(coded.Evidence.Range, mention.Evidence);
        Assert.Equal(document.TextOf(coded.Evidence.Range), mention.EvidenceText);
        Assert.Equal("met", mention.TriggerText);
        Assert.Equal(coded.Evidence.PatternId, mention.PatternId);
        Assert.Equal(PartialDate.Of(Reports.October19), mention.DateStart);
        Assert.Equal("October 19, 2023", mention.DateText);
        Assert.Equal(coded.Actors, mention.Actors);
        Assert.Equal(coded.Recipients, mention.Recipients);
        Assert.Equal(Json.Of(stored), Json.Of(await Store.EventAsync(stored.Id)));
    }

    [StoreFact]
    public async Task Saving_the_same_article_again_writes_nothing_and_reports_it_unchanged()
    {
        var document = Reports.LavrovMeetsChoe("yonhap-1", "Yonhap");
        await Store.SaveAsync(document, CoderV1);
        var article = await Store.ArticleAsync("yonhap-1");
        var events = await Store.EventsAsync(new EventQuery());

        var again = await Store.SaveAsync(document, CoderV1);
        var rebuilt = await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);

        Assert.Equal(new SaveResult(SaveOutcome.Unchanged, 1, 0, 0, 0), again);
        Assert.Equal(again, rebuilt);
        Assert.Equal(Json.Of(article), Json.Of(await Store.ArticleAsync("yonhap-1")));
        Assert.Equal(Json.Of(events), Json.Of(await Store.EventsAsync(new EventQuery())));
        Assert.Equal(new StoreStats(1, 1, 1, 0), await Store.StatsAsync());
    }

    [StoreFact]
    public async Task A_save_that_fails_part_way_leaves_nothing_of_the_article_behind()
    {
        await Store.SaveAsync(Reports.Handmade("earlier", "A", Monday, new Act("RUS", "PRK") { On = Monday }), CoderV1);
        var broken = Reports.Handmade(
            "broken",
            "B",
            Monday,
            new Act("RUS", "PRK") { On = Monday },
            new Act("USA", "CHN") { On = Monday, QuadClass = 9 });

        var failure = await Assert.ThrowsAsync<StoreException>(() => Store.SaveAsync(broken, CoderV1));

        Assert.StartsWith(Store.Name + ": ", failure.Message, StringComparison.Ordinal);
        Assert.Null(await Store.ArticleAsync("broken"));
        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal(["earlier"], stored.Mentions.Select(m => m.ArticleId));
        Assert.Equal(new StoreStats(1, 1, 1, 0), await Store.StatsAsync());
    }

    [StoreFact]
    public async Task An_article_coded_by_an_older_version_is_listed_and_recoded_by_a_newer_one()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), CoderV2);

        Assert.Equal(["yonhap-1"], await Store.CodedWithOlderVersionAsync(CoderV2));
        var stored = (await Store.ArticleAsync("yonhap-1"))!;
        Assert.Equal(CoderV1, stored.CoderVersion);

        var recoded = await Store.SaveAsync(Reports.Code(stored.Article), CoderV2);

        Assert.Equal(new SaveResult(SaveOutcome.Updated, 1, 1, 0, 1), recoded);
        Assert.Empty(await Store.CodedWithOlderVersionAsync(CoderV2));
        Assert.Equal(["xinhua-1", "yonhap-1"], await Store.CodedWithOlderVersionAsync(CoderV1));
        Assert.Equal(new StoreStats(2, 3, 3, 0), await Store.StatsAsync());
    }

    [StoreFact]
    public async Task A_stored_article_reads_back_as_it_was_read()
    {
        var body = "SEOUL, Oct 20 (Wire) - North Korea condemned South Korea on Friday.\nPhoto: Office of the President";
        var article = new Article
        {
            Id = "wire-7",
            Body = body,
            Passages = [new Passage(new TextRange(22, 68), PassageKind.Body), new Passage(new TextRange(69, body.Length), PassageKind.Caption)],
            Url = "https://news.example/wire-7",
            Source = "Wire",
            Published = new DateOnly(2023, 10, 20),
            Title = "North Korea condemns the South",
            Section = "World",
            Tags = ["Korea", "Diplomacy"],
            Dek = "Pyongyang answers Seoul",
            Credits = ["Office of the President"],
        };

        await Store.SaveAsync(Document.From(article), CoderV1);
        var stored = (await Store.ArticleAsync("wire-7"))!;

        Assert.Equal(article.Body, stored.Article.Body);
        Assert.Equal(article.Passages, stored.Article.Passages);
        Assert.Equal((article.Url, article.Source, article.Published, article.Title, article.Section, article.Dek), (stored.Article.Url, stored.Article.Source, stored.Article.Published, stored.Article.Title, stored.Article.Section, stored.Article.Dek));
        Assert.Equal(article.Tags, stored.Article.Tags);
        Assert.Equal(article.Credits, stored.Article.Credits);
        Assert.Equal(CoderV1, stored.CoderVersion);
        Assert.Null(await Store.ArticleAsync("no-such-article"));
    }

    [StoreFact]
    public async Task A_changed_article_replaces_its_mentions_and_events_left_without_one_go()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("wire-1", "Wire"), CoderV1);

        var changed = Reports.Coded(
            "wire-1",
            "Wire",
            Reports.October19,
            "Japan imposed sanctions on North Korea on October 19, 2023.");
        var result = await Store.SaveAsync(changed, CoderV1);

        Assert.Equal(new SaveResult(SaveOutcome.Updated, 1, 1, 0, 1), result);
        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal(("SANCTION", "JPN", "PRK"), (stored.Type, stored.ActorCountries[0], stored.RecipientCountries[0]));
        Assert.Equal(changed.TextOf(changed.Events[0].Evidence.Range), Assert.Single(stored.Mentions).EvidenceText);
        Assert.Equal(new StoreStats(1, 1, 1, 0), await Store.StatsAsync());
        Assert.Empty(await Store.EventsAsync(new EventQuery { Search = "Lavrov" }));
    }

    [StoreFact]
    public async Task Two_outlets_reporting_one_act_make_one_event_with_both_mentions()
    {
        var yonhap = Reports.LavrovMeetsChoe("yonhap-1", "Yonhap");
        var tass = Reports.LavrovHeldTalks("tass-1", "TASS");
        await Store.SaveAsync(yonhap, CoderV1);

        var second = await Store.SaveAsync(tass, CoderV1);

        Assert.Equal(new SaveResult(SaveOutcome.Inserted, 1, 0, 1, 0), second);
        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal((2, 2, 2), (stored.MentionCount, stored.ArticleCount, stored.SourceCount));
        Assert.Equal((Reports.October19, Reports.October19.AddDays(1)), (stored.FirstSeen, stored.LastSeen));
        Assert.Equal(Reports.October19, stored.Day);
        Assert.Equal(["yonhap-1", "tass-1"], stored.Mentions.Select(m => m.ArticleId));
        Assert.Equal(
            [yonhap.TextOf(yonhap.Events[0].Evidence.Range), tass.TextOf(tass.Events[0].Evidence.Range)],
            stored.Mentions.Select(m => m.EvidenceText));
        Assert.Equal(["Choe Son Hui", "Choe Son Hui"], stored.Mentions.Select(m => m.Recipients[0].Name));
    }

    [StoreFact]
    public async Task One_outlet_reporting_an_act_twice_counts_as_one_source()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.LavrovHeldTalks("yonhap-2", "Yonhap"), CoderV1);

        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal((2, 1), (stored.ArticleCount, stored.SourceCount));
    }

    [StoreFact]
    public async Task A_changed_article_leaves_the_event_other_articles_still_report()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.LavrovHeldTalks("tass-1", "TASS"), CoderV1);

        await Store.SaveAsync(Reports.Coded("tass-1", "TASS", Reports.October19, "Japan imposed sanctions on North Korea on October 19, 2023."), CoderV1);

        var meeting = Assert.Single(await Store.EventsAsync(new EventQuery { Type = "CONSULT" }));
        Assert.Equal((1, 1, 1), (meeting.MentionCount, meeting.ArticleCount, meeting.SourceCount));
        Assert.Equal((Reports.October19, Reports.October19), (meeting.FirstSeen, meeting.LastSeen));
        Assert.Equal("yonhap-1", Assert.Single(meeting.Mentions).ArticleId);
    }

    [StoreFact]
    public async Task Acts_a_day_apart_merge_and_acts_three_days_apart_stay_two_events()
    {
        var act = new Act("RUS", "PRK") { On = Monday };
        await Store.SaveAsync(Reports.Handmade("a", "A", Monday, act), CoderV1);
        await Store.SaveAsync(Reports.Handmade("b", "B", Monday, act with { On = Monday.AddDays(1) }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("c", "C", Monday, act with { On = Monday.AddDays(3) }), CoderV1);

        var events = await Store.EventsAsync(new EventQuery());

        Assert.Equal([(Monday.AddDays(3), 1), (Monday, 2)], events.Select(e => (e.Day!.Value, e.ArticleCount)));
    }

    [StoreFact]
    public async Task An_undated_act_falls_back_to_the_publication_date()
    {
        await Store.SaveAsync(Reports.Handmade("a", "A", Monday, new Act("RUS", "PRK") { On = Monday }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("b", "B", Monday.AddDays(1), new Act("RUS", "PRK")), CoderV1);
        await Store.SaveAsync(Reports.Handmade("c", "C", Monday.AddDays(9), new Act("RUS", "PRK")), CoderV1);

        var events = await Store.EventsAsync(new EventQuery());

        Assert.Equal(
            [(Monday.AddDays(9), EventDatePrecision.Published, 1), (Monday, EventDatePrecision.Day, 2)],
            events.Select(e => (e.Day!.Value, e.DatePrecision!.Value, e.ArticleCount)));
    }

    [StoreFact]
    public async Task Name_variants_of_one_person_merge_and_different_people_stay_apart()
    {
        var act = new Act("PRK", "RUS") { On = Monday, ActorName = "Pak Myong Ho" };
        await Store.SaveAsync(Reports.Handmade("a", "A", Monday, act), CoderV1);
        await Store.SaveAsync(Reports.Handmade("b", "B", Monday, act with { ActorName = "Pak Myong-ho" }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("c", "C", Monday, act with { ActorName = "Pak" }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("d", "D", Monday, act with { ActorName = "Kim Song" }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("e", "E", Monday, act with { ActorName = null }), CoderV1);

        var events = await Store.EventsAsync(new EventQuery { Order = EventOrder.MostReported });

        Assert.Equal(2, events.Count);
        Assert.Equal(["a", "b", "c", "e"], events[0].Mentions.Select(m => m.ArticleId));
        Assert.Equal(["d"], events[1].Mentions.Select(m => m.ArticleId));
    }

    [StoreFact]
    public async Task Modality_place_type_and_sides_keep_acts_apart()
    {
        var act = new Act("USA", "CHN") { On = Monday, PlaceCountry = "CHN" };
        Act[] variants =
        [
            act with { Modality = Modality.Negated },
            act with { PlaceCountry = "USA" },
            act with { Type = "ACCUSE", Cameo = "111", QuadClass = 3, Goldstein = -2 },
            act with { Recipient = "RUS" },
            act with { Actor = "GBR" },
            act with { Recipient = null },
        ];
        await Store.SaveAsync(Reports.Handmade("base", "Base", Monday, act), CoderV1);
        for (var i = 0; i < variants.Length; i++)
        {
            await Store.SaveAsync(Reports.Handmade($"variant-{i}", $"Outlet {i}", Monday, variants[i]), CoderV1);
        }

        await Store.SaveAsync(Reports.Handmade("same", "Same", Monday, act with { PlaceCountry = null, Actor = "USA,GBR" }), CoderV1);

        var events = await Store.EventsAsync(new EventQuery());
        Assert.Equal(1 + variants.Length, events.Count);
        Assert.Equal(["base", "same"], events.Single(e => e.Mentions.Count > 1).Mentions.Select(m => m.ArticleId));
    }

    [StoreFact]
    public async Task Acts_without_recipients_merge_with_each_other()
    {
        var protest = new Act("KOR", null) { Type = "PROTEST", Cameo = "140", QuadClass = 3, Goldstein = -6.5, On = Monday };
        await Store.SaveAsync(Reports.Handmade("a", "A", Monday, protest), CoderV1);
        await Store.SaveAsync(Reports.Handmade("b", "B", Monday, protest), CoderV1);

        var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal(2, stored.ArticleCount);
        Assert.Empty(stored.RecipientCountries);
    }

    [StoreFact]
    public async Task The_events_of_one_article_never_merge_with_each_other()
    {
        var act = new Act("RUS", "PRK") { On = Monday };

        var result = await Store.SaveAsync(Reports.Handmade("a", "A", Monday, act, act), CoderV1);
        await Store.SaveAsync(Reports.Handmade("b", "B", Monday, act), CoderV1);

        Assert.Equal(new SaveResult(SaveOutcome.Inserted, 2, 2, 0, 0), result);
        var events = await Store.EventsAsync(new EventQuery { Order = EventOrder.MostReported });
        Assert.Equal([2, 1], events.Select(e => e.ArticleCount));
    }

    [StoreFact]
    public async Task A_dyad_series_counts_directed_and_undirected_events_with_goldstein_sums()
    {
        var article = Reports.Handmade(
            "relations",
            "Wire",
            Monday,
            new Act("USA", "CHN") { On = Monday, Goldstein = 1 },
            new Act("CHN", "USA") { On = Monday, Type = "ACCUSE", Cameo = "111", QuadClass = 3, Goldstein = -2 },
            new Act("USA", "CHN") { On = Monday.AddDays(2), Type = "SANCTION", Cameo = "163", QuadClass = 4, Goldstein = -8 },
            new Act("USA,CHN", "CHN,USA") { On = Monday.AddDays(2), Type = "AGREE", Cameo = "057", QuadClass = 2, Goldstein = 8 },
            new Act("CHN", "USA") { On = Monday.AddDays(9), Goldstein = 1 },
            new Act("USA", "RUS") { On = Monday.AddDays(9), Goldstein = 1 });
        await Store.SaveAsync(article, CoderV1);
        var ids = (await Store.EventsAsync(new EventQuery())).ToDictionary(e => (e.Type, e.Day!.Value, e.ActorCountries[0]), e => e.Id);

        var directed = await Store.DyadSeriesAsync("USA", "CHN", directed: true, Granularity.Week);
        var undirected = await Store.DyadSeriesAsync("usa", "chn", directed: false, Granularity.Week);
        var daily = await Store.DyadSeriesAsync("USA", "CHN", directed: false, Granularity.Day, Monday, Monday.AddDays(3));
        var monthly = await Store.DyadSeriesAsync("CHN", "USA", directed: true, Granularity.Month);

        Assert.Equal([(Monday, 3, 1.0)], directed.Points.Select(p => (p.PeriodStart, p.Events, p.GoldsteinSum)));
        Assert.Equal(new QuadClassCounts(1, 1, 0, 1), directed.Points[0].QuadClasses);
        Assert.Equal(
            [ids[("CONSULT", Monday, "USA")], ids[("SANCTION", Monday.AddDays(2), "USA")], ids[("AGREE", Monday.AddDays(2), "CHN")]],
            directed.Points[0].EventIds);
        Assert.Equal([(Monday, 4, -1.0, -0.25), (Monday.AddDays(7), 1, 1.0, 1.0)], undirected.Points.Select(p => (p.PeriodStart, p.Events, p.GoldsteinSum, p.GoldsteinMean)));
        Assert.Equal(new QuadClassCounts(1, 1, 1, 1), undirected.Points[0].QuadClasses);
        Assert.Equal(("USA", "CHN", false), (undirected.A, undirected.B, undirected.Directed));
        Assert.Equal([2, 0, 2, 0], daily.Points.Select(p => p.Events));
        Assert.Equal([(new DateOnly(2024, 1, 1), 3, 7.0)], monthly.Points.Select(p => (p.PeriodStart, p.Events, p.GoldsteinSum)));
        Assert.Empty((await Store.DyadSeriesAsync("USA", "FRA", directed: false, Granularity.Day)).Points);
    }

    [StoreFact]
    public async Task The_busiest_dyads_come_first()
    {
        await Store.SaveAsync(
            Reports.Handmade(
                "busy",
                "Wire",
                Monday,
                new Act("USA", "CHN") { On = Monday },
                new Act("USA", "CHN") { On = Monday.AddDays(5), Type = "ACCUSE", Cameo = "111", QuadClass = 3, Goldstein = -2 },
                new Act("CHN", "USA") { On = Monday.AddDays(20) },
                new Act("RUS", "PRK") { On = Monday.AddDays(5) }),
            CoderV1);

        var all = await Store.DyadsAsync();
        var firstWeek = await Store.DyadsAsync(Monday, Monday.AddDays(6), limit: 1);

        Assert.Equal([("USA", "CHN", 2, -1.0), ("CHN", "USA", 1, 1.0), ("RUS", "PRK", 1, 1.0)], all.Select(d => (d.Source, d.Target, d.Events, d.GoldsteinSum)));
        Assert.Equal(new QuadClassCounts(1, 0, 1, 0), all[0].QuadClasses);
        Assert.Equal(("USA", "CHN", 2), (firstWeek[0].Source, firstWeek[0].Target, firstWeek[0].Events));
    }

    [StoreFact]
    public async Task Events_filter_by_country_dyad_type_dates_source_and_search_and_page()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.LavrovHeldTalks("tass-1", "TASS"), CoderV1);
        await Store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), CoderV1);

        async Task<string[]> Types(EventQuery query) => (await Store.EventsAsync(query)).Select(e => $"{e.Type} {e.ActorCountries[0]}").ToArray();

        Assert.Equal(["SANCTION JPN", "CONSULT RUS", "CONSULT CHN"], await Types(new EventQuery()));
        Assert.Equal(["CONSULT RUS", "SANCTION JPN", "CONSULT CHN"], await Types(new EventQuery { Order = EventOrder.MostReported }));
        Assert.Equal(["SANCTION JPN", "CONSULT RUS"], await Types(new EventQuery { Country = "prk" }));
        Assert.Equal(["CONSULT CHN"], await Types(new EventQuery { Country = "MNG" }));
        Assert.Equal(["CONSULT RUS"], await Types(new EventQuery { Dyad = new DyadFilter("PRK", "RUS") }));
        Assert.Empty(await Types(new EventQuery { Dyad = new DyadFilter("PRK", "RUS", Directed: true) }));
        Assert.Equal(["CONSULT RUS"], await Types(new EventQuery { Dyad = new DyadFilter("RUS", "PRK", Directed: true) }));
        Assert.Equal(["CONSULT RUS", "CONSULT CHN"], await Types(new EventQuery { Type = "CONSULT" }));
        Assert.Equal(["CONSULT RUS"], await Types(new EventQuery { From = Reports.October19, To = Reports.October19 }));
        Assert.Equal(["SANCTION JPN", "CONSULT CHN"], await Types(new EventQuery { Source = "Xinhua" }));
        Assert.Equal(["CONSULT RUS"], await Types(new EventQuery { Search = "regional securit" }));
        Assert.Equal(["SANCTION JPN", "CONSULT CHN"], await Types(new EventQuery { Search = "Khurelsukh" }));
        Assert.Empty(await Types(new EventQuery { Search = "\"*)(" }));
        Assert.Equal(["CONSULT RUS"], await Types(new EventQuery { Offset = 1, Limit = 1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.EventsAsync(new EventQuery { Limit = EventQuery.MaxLimit + 1 }));
        Assert.Null(await Store.EventAsync(-1));
    }

    [StoreFact]
    public async Task A_search_matching_many_events_pages_in_the_order_of_the_unfiltered_list()
    {
        // 100 reports of 4 acts, every other one a "wire" report: the first one-event pages of a search for "wire"
        // walk the list's order testing each event, while a long page or a rarer word collects and sorts its matches.
        // Some reports are undated, which lists last.
        string[] countries = ["USA", "CHN", "RUS", "PRK", "JPN", "MNG", "KOR", "IND"];
        for (var report = 0; report < 100; report++)
        {
            var undated = report % 10 == 9;
            var acts = Enumerable.Range(0, 4).Select(i => new Act(countries[(report + i) % 8], countries[(report + i + 3) % 8])
            {
                Type = i % 2 == 0 ? "CONSULT" : "ACCUSE",
                On = undated ? null : Monday.AddDays((report * 4 + i) * 3 % 397),
            }).ToArray();
            await Store.SaveAsync(Reports.Handmade(report % 2 == 0 ? $"wire{report}" : $"post{report}", "A", undated ? null : Monday, acts), CoderV1);
        }

        async Task<long[]> Ids(EventQuery query) => (await Store.EventsAsync(query)).Select(e => e.Id).ToArray();
        async Task<long[]> OnePerPage(EventQuery query, int count)
        {
            var ids = new List<long>();
            for (var offset = 0; offset < count; offset++)
            {
                ids.AddRange(await Ids(query with { Limit = 1, Offset = offset }));
            }

            return [.. ids];
        }

        async Task<long[]> Wire(EventQuery query) => (await Store.EventsAsync(query with { Limit = 1000 }))
            .Where(e => e.Mentions.Any(m => m.ArticleId.StartsWith("wire", StringComparison.Ordinal))).Select(e => e.Id).ToArray();

        var wire = await Wire(new EventQuery());
        Assert.True(wire.Length > 150, $"{wire.Length} wire events");
        Assert.Equal(wire, await Ids(new EventQuery { Search = "wire", Limit = 1000 }));
        Assert.Equal(wire[..3], await OnePerPage(new EventQuery { Search = "wire" }, 3));
        Assert.Equal(wire[^3..], await Ids(new EventQuery { Search = "wire", Limit = 3, Offset = wire.Length - 3 }));
        var usa = await Wire(new EventQuery { Country = "USA" });
        Assert.Equal(usa[..2], await OnePerPage(new EventQuery { Search = "wire", Country = "usa" }, 2));
        var accusations = await Wire(new EventQuery { Type = "ACCUSE" });
        Assert.Equal(accusations[..2], await OnePerPage(new EventQuery { Search = "wire", Type = "ACCUSE" }, 2));
        var wire98 = await Ids(new EventQuery { Search = "wire98", Limit = 1000 });
        Assert.Equal(4, wire98.Length);
        Assert.Equal(wire98[..2], await OnePerPage(new EventQuery { Search = "wire98" }, 2));
    }

    [StoreFact]
    public async Task A_countrys_list_follows_dates_a_merge_changes_and_lists_an_event_once_whichever_sides_name_it()
    {
        // Dated only by its publication day until a report giving the day in its text joins it.
        await Store.SaveAsync(Reports.Handmade("undated-talks", "A", Monday.AddDays(1), new Act("USA", "CHN")), CoderV1);
        await Store.SaveAsync(Reports.Handmade("visit", "B", Monday.AddDays(1), new Act("USA", "RUS") { On = Monday.AddDays(1) }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("never-dated", "C", null, new Act("USA", "GBR")), CoderV1);
        async Task<string[]> Listed(string country) =>
            (await Store.EventsAsync(new EventQuery { Country = country, MentionsPerEvent = 1 })).Select(e => e.Mentions[0].ArticleId).ToArray();
        Assert.Equal(["visit", "undated-talks", "never-dated"], await Listed("USA"));

        // The joining report moves the talks a day later and names China on both sides.
        await Store.SaveAsync(Reports.Handmade("dated-talks", "D", Monday.AddDays(2), new Act("USA,CHN", "CHN") { On = Monday.AddDays(2) }), CoderV1);

        Assert.Equal(["undated-talks", "visit", "never-dated"], await Listed("USA"));
        Assert.Equal(["undated-talks"], await Listed("CHN"));
        Assert.Equal(["undated-talks"], (await Store.EventsAsync(new EventQuery { Country = "USA", From = Monday.AddDays(2), MentionsPerEvent = 1 })).Select(e => e.Mentions[0].ArticleId));
        Assert.Equal(["visit"], (await Store.EventsAsync(new EventQuery { Country = "USA", To = Monday.AddDays(1), MentionsPerEvent = 1 })).Select(e => e.Mentions[0].ArticleId));

        // Recoding the joining report without its date takes the talks back to their first day.
        await Store.SaveAsync(Reports.Handmade("dated-talks", "D", Monday.AddDays(2), new Act("USA,CHN", "CHN")), CoderV2);

        Assert.Equal(["visit", "undated-talks", "never-dated"], await Listed("USA"));
    }

    [StoreFact]
    public async Task An_events_countries_on_its_row_follow_the_mentions_that_join_and_leave_it()
    {
        await Store.SaveAsync(Reports.Handmade("talks", "A", Monday, new Act("USA", "CHN") { On = Monday }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("joint-talks", "B", Monday, new Act("USA,JPN", "CHN,KOR") { On = Monday }), CoderV1);
        // Joins only through the countries the second report added: merging reads them from the event's row.
        await Store.SaveAsync(Reports.Handmade("japan-korea", "C", Monday, new Act("JPN", "KOR") { On = Monday }), CoderV1);

        var merged = Assert.Single(await Store.EventsAsync(new EventQuery()));
        Assert.Equal(3, merged.ArticleCount);
        Assert.Equal("JPN USA → CHN KOR", Sides(merged));
        Assert.Equal(Sides(merged), Sides((await Store.EventAsync(merged.Id))!));
        Assert.Equal([Sides(merged)], (await Store.EventsAsync(new EventQuery { Country = "KOR", MentionsPerEvent = 0 })).Select(Sides));

        // Recoded into other acts, the two later reports leave the first report's countries only.
        await Store.SaveAsync(Reports.Handmade("joint-talks", "B", Monday, new Act("GBR", "FRA") { On = Monday.AddDays(5) }), CoderV2);
        await Store.SaveAsync(Reports.Handmade("japan-korea", "C", Monday, new Act("GBR", "FRA") { On = Monday.AddDays(9) }), CoderV2);

        Assert.Equal("USA → CHN", Sides((await Store.EventAsync(merged.Id))!));
        Assert.Equal(["USA → CHN"], (await Store.EventsAsync(new EventQuery { Country = "USA" })).Select(Sides));
    }

    [StoreFact]
    public async Task A_database_from_before_the_country_columns_fills_them_from_the_events_countries()
    {
        await Store.SaveAsync(Reports.Handmade("talks", "A", Monday, new Act("USA,JPN", "CHN") { On = Monday }), CoderV1);
        await Store.SaveAsync(Reports.Handmade("protest", "B", Monday, new Act("KOR", null) { Type = "PROTEST", Cameo = "140", QuadClass = 3, Goldstein = -6.5, On = Monday.AddDays(1) }), CoderV1);
        await Store.DisposeAsync();

        // Back to the third schema: no country columns, and no record of the fourth migration.
        await ExecuteAsync("""
            ALTER TABLE events DROP COLUMN actor_countries;
            ALTER TABLE events DROP COLUMN recipient_countries;
            DELETE FROM schema_migrations WHERE version = 4;
            """);
        Store = await OpenStoreAsync();

        Assert.Equal(["KOR → ", "JPN USA → CHN"], (await Store.EventsAsync(new EventQuery())).Select(Sides));
    }

    [StoreFact]
    public async Task A_list_can_read_each_events_first_mentions_only()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.LavrovHeldTalks("tass-1", "TASS"), CoderV1);
        var reported = new EventQuery { Country = "RUS" };

        var all = Assert.Single(await Store.EventsAsync(reported));
        var first = Assert.Single(await Store.EventsAsync(reported with { MentionsPerEvent = 1 }));
        var none = Assert.Single(await Store.EventsAsync(reported with { MentionsPerEvent = 0 }));

        Assert.Equal(["yonhap-1", "tass-1"], all.Mentions.Select(m => m.ArticleId));
        Assert.Equal(Json.Of(all with { Mentions = all.Mentions.Take(1).ToList() }), Json.Of(first));
        Assert.Equal(Json.Of(all with { Mentions = [] }), Json.Of(none));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.EventsAsync(reported with { MentionsPerEvent = -1 }));
    }

    [StoreFact]
    public async Task A_dated_dyad_filter_keeps_its_days_its_direction_and_a_country_acting_on_itself()
    {
        await Store.SaveAsync(
            Reports.Handmade(
                "dyads",
                "Wire",
                Monday,
                new Act("USA", "CHN") { On = Monday },
                new Act("CHN", "USA") { On = Monday.AddDays(3), Type = "ACCUSE", Cameo = "111", QuadClass = 3, Goldstein = -2 },
                new Act("USA", "CHN") { On = Monday.AddDays(40), Type = "AGREE", Cameo = "057", Goldstein = 8 },
                new Act("FRA", "FRA") { On = Monday.AddDays(1), Type = "REQUEST", Cameo = "020", Goldstein = 3 }),
            CoderV1);

        async Task<string[]> Types(EventQuery query) => (await Store.EventsAsync(query)).Select(e => e.Type).ToArray();
        var january = new EventQuery { From = Monday, To = Monday.AddDays(30) };

        Assert.Equal(["ACCUSE", "CONSULT"], await Types(january with { Dyad = new DyadFilter("usa", "chn") }));
        Assert.Equal(["CONSULT"], await Types(january with { Dyad = new DyadFilter("USA", "CHN", Directed: true) }));
        Assert.Equal(["AGREE", "ACCUSE"], await Types(new EventQuery { From = Monday.AddDays(2), Dyad = new DyadFilter("CHN", "USA") }));
        Assert.Equal(["CONSULT"], await Types(new EventQuery { To = Monday.AddDays(2), Dyad = new DyadFilter("CHN", "USA") }));
        Assert.Equal(["REQUEST"], await Types(january with { Dyad = new DyadFilter("FRA", "FRA") }));
    }

    [StoreFact]
    public async Task Article_search_finds_words_and_word_starts_with_a_snippet_and_accepts_any_input()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), CoderV1);

        var hits = await Store.ArticlesAsync("sanction japan");
        var prefix = await Store.ArticlesAsync("Khurel");

        var hit = Assert.Single(hits);
        Assert.Equal(("xinhua-1", "Xinhua", "https://news.example/xinhua-1", new DateOnly(2023, 10, 23)), (hit.Id, hit.Source, hit.Url, hit.Published));
        Assert.Contains("[Japan]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(["xinhua-1"], prefix.Select(h => h.Id));
        Assert.Empty(await Store.ArticlesAsync("U.S.-led \"OR\" NEAR( -*"));
        Assert.Empty(await Store.ArticlesAsync("  "));
    }

    [StoreFact]
    public async Task Ingest_errors_are_recorded_and_listed_in_order()
    {
        await Store.RecordErrorAsync("feeds/bad.xml", "not an RSS or Atom feed");
        await Store.RecordErrorAsync("https://news.example/gone", "HTTP 404");

        var errors = await Store.ErrorsAsync();

        Assert.Equal([("feeds/bad.xml", "not an RSS or Atom feed"), ("https://news.example/gone", "HTTP 404")], errors.Select(e => (e.Item, e.Message)));
        Assert.True(errors[0].Id < errors[1].Id);
        Assert.InRange(errors[0].At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(2, (await Store.StatsAsync()).Errors);
    }

    [StoreFact]
    public async Task Coverage_counts_articles_per_period_and_country_for_an_outlet_and_a_reporter_it_quotes()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);
        await Store.SaveAsync(Reports.Coded("yonhap-2", "Yonhap", new DateOnly(2023, 11, 2), "South Korea condemned North Korea on November 1, 2023."), CoderV1);
        await Store.SaveAsync(Reports.XiHostsKhurelsukh("xinhua-1", "Xinhua"), CoderV1);

        var yonhap = await Store.CoverageAsync("Yonhap", Granularity.Week);
        var kcna = await Store.CoverageAsync("kcna", Granularity.Month);

        Assert.Equal([new DateOnly(2023, 10, 16), new DateOnly(2023, 10, 23), new DateOnly(2023, 10, 30)], yonhap.Periods.Select(p => p.PeriodStart));
        Assert.Equal([1, 0, 1], yonhap.Periods.Select(p => p.Articles));
        Assert.Equal([new CountryArticles("PRK", 1), new CountryArticles("RUS", 1)], yonhap.Periods[0].Countries);
        Assert.Empty(yonhap.Periods[1].Countries);
        Assert.Equal([new CountryArticles("KOR", 1), new CountryArticles("PRK", 1)], yonhap.Periods[2].Countries);
        var october = Assert.Single(kcna.Periods);
        Assert.Equal((new DateOnly(2023, 10, 1), 1), (october.PeriodStart, october.Articles));
        Assert.Contains(new CountryArticles("RUS", 1), october.Countries);
        Assert.Empty((await Store.CoverageAsync("Nobody", Granularity.Day)).Periods);
    }

    [StoreFact]
    public async Task Reopening_the_database_keeps_its_data_and_migrates_nothing_again()
    {
        await Store.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1);

        await using var reopened = await OpenStoreAsync();

        Assert.Equal(new StoreStats(1, 1, 1, 0), await reopened.StatsAsync());
        Assert.Equal(SaveOutcome.Unchanged, (await reopened.SaveAsync(Reports.LavrovMeetsChoe("yonhap-1", "Yonhap"), CoderV1)).Outcome);
    }

    [StoreFact]
    public async Task Parallel_savers_of_one_act_make_exactly_one_event()
    {
        const int Savers = 4;
        var stores = new List<IEventStore>();
        for (var i = 0; i < Savers; i++)
        {
            stores.Add(await OpenStoreAsync());
        }

        try
        {
            var act = new Act("RUS", "PRK") { On = Monday, ActorName = "Sergei Lavrov" };
            using var start = new Barrier(Savers);
            var saves = stores.Select((store, i) => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await store.SaveAsync(Reports.Handmade($"report-{i}", $"Outlet {i}", Monday, act), CoderV1);
            }));

            var results = await Task.WhenAll(saves);

            Assert.All(results, r => Assert.Equal(SaveOutcome.Inserted, r.Outcome));
            Assert.Equal(1, results.Sum(r => r.EventsCreated));
            var stored = Assert.Single(await Store.EventsAsync(new EventQuery()));
            Assert.Equal((Savers, Savers, Savers), (stored.MentionCount, stored.ArticleCount, stored.SourceCount));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [StoreFact]
    public async Task Batches_and_single_saves_at_once_store_each_article_once_and_merge_its_acts()
    {
        var documents = Enumerable.Range(0, 12).SelectMany(i => (Document[])
        [
            Reports.LavrovMeetsChoe($"yonhap-{i}", $"Yonhap {i % 3}"),
            Reports.XiHostsKhurelsukh($"xinhua-{i}", $"Xinhua {i % 2}"),
        ]).ToList();
        await using var batcher = await OpenStoreAsync();
        await using var single = await OpenStoreAsync();

        var results = await Task.WhenAll(
            Task.Run(async () => (await Task.WhenAll(documents.Chunk(5).Select(async chunk => await batcher.SaveAllAsync(chunk, CoderV1)))).SelectMany(r => r).ToList()),
            Task.Run(async () => await SaveOneByOneAsync(single, documents.AsEnumerable().Reverse())),
            Task.Run(async () => (await Store.SaveAllAsync([.. documents, documents[0]], CoderV1)).ToList()));

        Assert.Equal(documents.Count, results.SelectMany(r => r).Count(r => r.Outcome == SaveOutcome.Inserted));
        var events = await Store.EventsAsync(new EventQuery { Order = EventOrder.MostReported });
        Assert.Equal([12, 12, 12], events.Select(e => e.ArticleCount));
        Assert.Equal(new StoreStats(documents.Count, 3, 36, 0), await Store.StatsAsync());
    }

    [StoreFact]
    public async Task Two_stores_ingesting_the_same_articles_at_once_store_each_once()
    {
        var documents = Enumerable.Range(0, 12).SelectMany(i => (Document[])
        [
            Reports.LavrovMeetsChoe($"yonhap-{i}", $"Yonhap {i % 3}"),
            Reports.XiHostsKhurelsukh($"xinhua-{i}", $"Xinhua {i % 2}"),
        ]).ToList();
        await using var other = await OpenStoreAsync();

        var results = await Task.WhenAll(
            Task.Run(async () => await SaveOneByOneAsync(Store, documents)),
            Task.Run(async () => await SaveOneByOneAsync(other, documents.AsEnumerable().Reverse())));

        Assert.Equal(documents.Count, results.SelectMany(r => r).Count(r => r.Outcome == SaveOutcome.Inserted));
        var events = await Store.EventsAsync(new EventQuery { Order = EventOrder.MostReported });
        Assert.Equal(3, events.Count);
        Assert.Equal([12, 12, 12], events.Select(e => e.ArticleCount));
        Assert.All(events, e => Assert.Equal(e.Mentions.Count, e.Mentions.Select(m => m.ArticleId).Distinct().Count()));
        Assert.Equal(new StoreStats(documents.Count, 3, 36, 0), await Store.StatsAsync());
    }

    /// <summary>Creates the empty database a test runs against.</summary>
    protected abstract Task CreateDatabaseAsync();

    /// <summary>Opens a store on the test's database; each call is a separate store, as another process would have.</summary>
    protected abstract Task<IEventStore> OpenStoreAsync();

    protected abstract Task DeleteDatabaseAsync();

    /// <summary>Runs SQL on the test's database outside any store, as an older Entente would have left it.</summary>
    protected abstract Task ExecuteAsync(string sql);

    private static string Sides(StoredEvent stored) => $"{string.Join(' ', stored.ActorCountries)} → {string.Join(' ', stored.RecipientCountries)}";

    private static async Task<List<SaveResult>> SaveOneByOneAsync(IEventStore store, IEnumerable<Document> documents)
    {
        var results = new List<SaveResult>();
        foreach (var document in documents)
        {
            results.Add(await store.SaveAsync(document, CoderV1));
        }

        return results;
    }
}
