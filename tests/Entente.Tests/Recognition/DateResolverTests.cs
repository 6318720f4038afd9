using System.Globalization;
using System.Text.Json;
using Entente.Annotations;
using Entente.Pipeline;
using Entente.Recognition;
using Entente.Text;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace Entente.Tests.Recognition;

public sealed class DateResolverTests(ITestOutputHelper output)
{
    private static readonly DateResolver Resolver = new();

    // A Tuesday, so "Monday" in a report is the day before and in an announcement six days later.
    private static readonly DateOnly Tuesday = new(2024, 3, 12);

    // Words that drive the patterns, mixed with whatever FsCheck invents, so odd combinations reach every branch.
    private static readonly string[] DateWords =
    [
        "March", "May", "Monday", "Sunday", "10", "11,", "29", "31", "32", "0", "2024", "2100", "1900", "-", "\u2013", "to", "and",
        "the", "end", "of", "last", "this", "next", "week", "weekend", "year", "month", "ago", "two", "days", "Feb.", "Sept",
        "14th", "day", "2024-02-29", "2023-02-29", "February", "December", "January", "mid-", "early", "late", "by", "before",
        "until", "yesterday", "today", "previous", "will", "said", "1990s", "$5", "COVID-19", "10:30", "5,000", ",", ".", "'s",
        "from", "between", "in", "since",
    ];

    private static (Document Document, IReadOnlyList<DateMention> Dates) Resolve(string text, DateOnly? published)
    {
        var document = Document.From(Article.FromText("t", text, published)) with
        {
            Sentences = [new Sentence(0, new TextRange(0, text.Length), PassageKind.Body, 0, 0)],
        };
        var resolved = Resolver.Process(document);
        return (resolved, resolved.Dates);
    }

    private static DateMention Single(string text, DateOnly? published, out string covered)
    {
        var (document, dates) = Resolve(text, published);
        var mention = Assert.Single(dates);
        covered = document.TextOf(mention.Range);
        return mention;
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Resolves_on_monday_against_publication_date()
    {
        var mention = Single("The envoys met in Fredville on Monday.", Tuesday, out var covered);
        Assert.Equal("Monday", covered);
        Assert.Equal(new PartialDate(2024, 3, 11), mention.Start);
        Assert.Null(mention.End);
        Assert.Equal(DatePrecision.Day, mention.Precision);
    }

    [Fact]
    public void Resolves_a_monday_in_a_future_sentence_to_the_next_monday()
    {
        var mention = Single("The two ministers will meet on Monday to sign the accord.", Tuesday, out var covered);
        Assert.Equal("Monday", covered);
        Assert.Equal(new PartialDate(2024, 3, 18), mention.Start);
    }

    [Fact]
    public void Reads_two_coordinated_days_as_a_span()
    {
        var mention = Single("On March 10 and 11, the Sylvanian delegation toured Port Marx.", Day("2024-03-15"), out var covered);
        Assert.Equal("March 10 and 11", covered);
        Assert.Equal(new PartialDate(2024, 3, 10), mention.Start);
        Assert.Equal(new PartialDate(2024, 3, 11), mention.End);
        Assert.Equal(DatePrecision.Day, mention.Precision);
    }

    [Fact]
    public void Resolves_late_january_to_the_month()
    {
        var mention = Single("The ambassador presented his credentials in late January.", Day("2024-03-15"), out var covered);
        Assert.Equal("late January", covered);
        Assert.Equal(new PartialDate(2024, 1), mention.Start);
        Assert.Equal(DatePrecision.Month, mention.Precision);
    }

    [Fact]
    public void Resolves_last_year_to_the_previous_calendar_year()
    {
        var mention = Single("Last year, Freedonia hosted the summit of the League.", Day("2024-03-15"), out var covered);
        Assert.Equal("Last year", covered);
        Assert.Equal(new PartialDate(2023), mention.Start);
        Assert.Equal(DatePrecision.Year, mention.Precision);
    }

    [Fact]
    public void Resolves_a_month_and_day_to_the_publication_year()
    {
        var mention = Single("The two governments agreed on February 14 to open embassies.", Day("2024-03-15"), out var covered);
        Assert.Equal("February 14", covered);
        Assert.Equal(new PartialDate(2024, 2, 14), mention.Start);
    }

    [Fact]
    public void Resolves_earlier_this_month_to_the_publication_month()
    {
        var mention = Single("Sylvania closed its border crossings earlier this month.", Day("2024-03-15"), out var covered);
        Assert.Equal("earlier this month", covered);
        Assert.Equal(new PartialDate(2024, 3), mention.Start);
    }

    [Fact]
    public void Resolves_later_this_year_to_the_publication_year()
    {
        var mention = Single("A second round of talks is scheduled to be held later this year.", Day("2024-03-15"), out var covered);
        Assert.Equal("later this year", covered);
        Assert.Equal(new PartialDate(2024), mention.Start);
    }

    [Fact]
    public void Resolves_next_month_to_the_month_after_publication()
    {
        var mention = Single("The president will travel to Sylvan City next month.", Day("2024-03-15"), out var covered);
        Assert.Equal("next month", covered);
        Assert.Equal(new PartialDate(2024, 4), mention.Start);
    }

    [Fact]
    public void Resolves_last_week_to_the_monday_to_sunday_before_the_publication_week()
    {
        var mention = Single("The Freedonian army withdrew from the border last week.", Tuesday, out var covered);
        Assert.Equal("last week", covered);
        Assert.Equal(new PartialDate(2024, 3, 4), mention.Start);
        Assert.Equal(new PartialDate(2024, 3, 10), mention.End);
    }

    [Theory]
    [InlineData("The trade fair ran March 10-13 in Fredville.", "2024-03-15", "March 10-13", "2024-03-10", "2024-03-13")]
    [InlineData("The trade fair ran March 10\u201313 in Fredville.", "2024-03-15", "March 10\u201313", "2024-03-10", "2024-03-13")]
    [InlineData("Talks took place from 10 to 13 March in Sylvan City.", "2024-03-15", "10 to 13 March", "2024-03-10", "2024-03-13")]
    [InlineData("Talks took place 10-13 March in Sylvan City.", "2024-03-15", "10-13 March", "2024-03-10", "2024-03-13")]
    [InlineData("The envoy stayed between March 10 and 13.", "2024-03-15", "March 10 and 13", "2024-03-10", "2024-03-13")]
    [InlineData("The tour lasted from March 30 to April 2.", "2024-04-05", "March 30 to April 2", "2024-03-30", "2024-04-02")]
    [InlineData("The minister is paying a visit on March 10-13, 2024.", "2024-03-13", "March 10-13, 2024", "2024-03-10", "2024-03-13")]
    [InlineData("The accord was signed on March 11, 2024 in Fredville.", "2024-03-15", "March 11, 2024", "2024-03-11", null)]
    [InlineData("The accord was signed on 11 March 2024 in Fredville.", "2024-03-15", "11 March 2024", "2024-03-11", null)]
    [InlineData("The accord was signed on 11 March in Fredville.", "2024-03-15", "11 March", "2024-03-11", null)]
    [InlineData("The accord was signed on Feb. 14 in Fredville.", "2024-03-15", "Feb. 14", "2024-02-14", null)]
    [InlineData("Sept. 5 was the day the talks failed.", "2024-10-15", "Sept. 5", "2024-09-05", null)]
    [InlineData("The decree is dated 2024-03-11 and signed by the president.", "2024-03-15", "2024-03-11", "2024-03-11", null)]
    [InlineData("Dated this 14th day of December, 2023, in Fredville.", "2023-12-15", "14th day of December, 2023", "2023-12-14", null)]
    [InlineData("The embassy reopened on Thursday August 31 after repairs.", "2023-09-01", "Thursday August 31", "2023-08-31", null)]
    [InlineData("The border crossing was closed in May 2 this year.", "2023-09-19", "May 2 this year", "2023-05-02", null)]
    [InlineData("Freedonia reported a drought in March 2024.", "2024-06-01", "March 2024", "2024-03", null)]
    [InlineData("The envoy arrived in December and stayed.", "2024-03-12", "December", "2023-12", null)]
    [InlineData("The envoy arrived in January and stayed.", "2024-03-12", "January", "2024-01", null)]
    [InlineData("The envoy will arrive in January.", "2024-03-12", "January", "2025-01", null)]
    [InlineData("The envoy took up the post in March of last year.", "2024-01-30", "March of last year", "2023-03", null)]
    [InlineData("The border stayed shut until last December.", "2024-01-30", "last December", "2023-12", null)]
    [InlineData("Prices rose sharply in mid-February.", "2024-03-12", "mid-February", "2024-02", null)]
    [InlineData("The ceasefire collapsed at the end of March.", "2024-06-12", "the end of March", "2024-03", null)]
    [InlineData("The two sides last met in 2019.", "2024-03-12", "2019", "2019", null)]
    [InlineData("Freedonia has been under sanctions since 2016.", "2024-03-12", "2016", "2016", null)]
    [InlineData("The pandemic began in early 2020.", "2024-03-12", "early 2020", "2020", null)]
    [InlineData("The dispute ran from 2019 to 2021.", "2024-03-12", "2019 to 2021", "2019", "2021")]
    [InlineData("Troops will leave before the end of the year.", "2023-09-25", "before the end of the year", "2023-09-25", "2023-12-31")]
    [InlineData("Freedonia recalled its envoy yesterday.", "2024-03-12", "yesterday", "2024-03-11", null)]
    [InlineData("Freedonia recalled its envoy earlier today.", "2024-03-12", "earlier today", "2024-03-12", null)]
    [InlineData("The delegation will land tomorrow.", "2024-03-12", "tomorrow", "2024-03-13", null)]
    [InlineData("The envoy presented his letters the previous day.", "2024-03-12", "the previous day", "2024-03-11", null)]
    [InlineData("The delegation had set off the day before for Fredville.", "2024-03-12", "the day before", "2024-03-11", null)]
    [InlineData("The treaty was signed two weeks ago.", "2024-03-12", "two weeks ago", "2024-02-27", null)]
    [InlineData("The treaty was signed 3 days ago.", "2024-03-12", "3 days ago", "2024-03-09", null)]
    [InlineData("The treaty was signed a year ago.", "2024-03-12", "a year ago", "2023", null)]
    [InlineData("Sylvania expelled the envoy last Tuesday.", "2024-03-12", "last Tuesday", "2024-03-05", null)]
    [InlineData("Sylvania expelled the envoy on Tuesday.", "2024-03-12", "Tuesday", "2024-03-12", null)]
    [InlineData("Sylvania expels the envoy next Monday.", "2024-03-12", "next Monday", "2024-03-18", null)]
    [InlineData("The army said on Monday it will hold drills.", "2024-03-12", "Monday", "2024-03-11", null)]
    [InlineData("The summit will run from Sunday to Wednesday.", "2024-03-12", "Sunday to Wednesday", "2024-03-17", "2024-03-20")]
    [InlineData("The delegation left for Fredville over the weekend.", "2024-03-12", "the weekend", "2024-03-09", "2024-03-10")]
    [InlineData("Rockets hit two warships just this week.", "2024-01-12", "this week", "2024-01-08", "2024-01-12")]
    [InlineData("Prices fell last month.", "2024-01-12", "last month", "2023-12", null)]
    [InlineData("Elections are planned for next year.", "2024-01-12", "next year", "2025", null)]
    [InlineData("The ship docked on Monday, Nov. 20, 2023, at noon.", "2023-11-22", "Monday, Nov. 20, 2023", "2023-11-20", null)]
    [InlineData("Freedonia took power in the July 26 coup.", "2023-08-25", "July 26", "2023-07-26", null)]
    [InlineData("Gunfire has been heard since Nov. 19.", "2024-01-12", "Nov. 19", "2023-11-19", null)]
    [InlineData("Sylvanian minister's official visit on January 15-17", "2024-01-14", "January 15-17", "2024-01-15", "2024-01-17")]
    [InlineData("The league wants a timetable by the end of November, the envoy said.", "2023-10-19", "by the end of November", "2023-10-19", "2023-11-30")]
    [InlineData("Hamas said the pause would begin Thursday morning.", "2023-11-22", "Thursday", "2023-11-23", null)]
    [InlineData("Fredville had told Sylvan City on Wednesday that it would cut ties.", "2023-07-20", "Wednesday", "2023-07-19", null)]
    public void Resolves_each_kind_of_expression(string text, string published, string covered, string start, string? end)
    {
        var mention = Single(text, Day(published), out var actual);
        Assert.Equal(covered, actual);
        Assert.Equal(start, mention.Start.ToString());
        Assert.Equal(end, mention.End?.ToString());
    }

    [Fact]
    public void Reads_each_weekday_by_the_tense_of_its_own_clause()
    {
        var (document, dates) = Resolve("Rufus Firefly, who was due to leave on Friday, also met the envoy on Sunday.", new DateOnly(2024, 3, 11));
        Assert.Equal(["Friday", "Sunday"], dates.Select(d => document.TextOf(d.Range)));
        Assert.Equal([new PartialDate(2024, 3, 15), new PartialDate(2024, 3, 10)], dates.Select(d => d.Start));
    }

    [Theory]
    [InlineData("Between 5,000-8,000 students joined the march.")]
    [InlineData("The fund grew by 3.3 million dollars.")]
    [InlineData("Freedonia pledged $200,000 in aid.")]
    [InlineData("The COVID-19 pandemic shut the border.")]
    [InlineData("Leaders met at the G20 in Fredville.")]
    [InlineData("The dispute has lasted 30 years.")]
    [InlineData("The session opened at 10:30 local time.")]
    [InlineData("Veterans of the Long March gathered in the square.")]
    [InlineData("Students may march on the ministry.")]
    [InlineData("May the talks succeed, the minister said.")]
    [InlineData("Freedonia may withdraw its envoy.")]
    [InlineData("The treaty dates from the 1990s.")]
    [InlineData("The 2024 budget sets aside funds for defence.")]
    [InlineData("Rebels took 2000 hostages in 1500 villages.")]
    public void Finds_no_date_in_numbers_that_are_not_dates(string text)
    {
        Assert.Empty(Resolve(text, Tuesday).Dates);
    }

    [Fact]
    public void Without_a_publication_date_resolves_only_expressions_with_their_own_year()
    {
        var (document, dates) = Resolve("The accord was signed on March 11, 2024, ratified on Monday and debated last year in March.", null);
        var mention = Assert.Single(dates);
        Assert.Equal("March 11, 2024", document.TextOf(mention.Range));
        Assert.Equal(new PartialDate(2024, 3, 11), mention.Start);
    }

    [Fact]
    public void Finds_dates_in_every_sentence_in_text_order_without_overlap()
    {
        const string text = "Freedonia recalled its envoy on Monday. Talks are set to resume next month in Fredville.";
        var document = Document.From(Article.FromText("t", text, Tuesday)) with
        {
            Sentences =
            [
                new Sentence(0, new TextRange(0, 39), PassageKind.Body, 0, 0),
                new Sentence(1, new TextRange(40, text.Length), PassageKind.Body, 0, 0),
            ],
        };
        var dates = Resolver.Process(document).Dates;
        Assert.Equal(["Monday", "next month"], dates.Select(d => document.TextOf(d.Range)));
        Assert.Equal([0, 1], dates.Select(d => d.Sentence));
        Assert.Equal(["2024-03-11", "2024-04"], dates.Select(d => d.Start.ToString()));
    }

    [Fact]
    public void The_same_day_in_a_past_report_counts_from_no_day_still_to_come()
    {
        var (document, dates) = Resolve("Freedonia imposed duties on Monday, with a first batch taking effect on April 1. Sylvania replied on the same day.", Tuesday);
        Assert.Equal("2024-03-11", Assert.Single(dates, d => document.TextOf(d.Range) == "the same day").Start.ToString());
    }

    [Theory]
    [InlineData("Freedonia arrested the envoy in December 2018. Days later, Sylvania detained two traders.", "2018-12")]
    [InlineData("The talks opened on March 3. Days later, Sylvania detained two traders.", "2024-03")]
    public void Uncounted_days_later_fall_in_the_month_of_the_last_date_the_story_gave(string text, string month)
    {
        var (document, dates) = Resolve(text, Tuesday);
        var daysLater = Assert.Single(dates, d => document.TextOf(d.Range) == "Days later");
        Assert.Equal(month, daysLater.Start.ToString());
        // With no date before them, "days later" count from nothing the text gives.
        Assert.DoesNotContain(Resolve("Days later, Sylvania detained two traders.", Tuesday).Dates, d => true);
    }

    [Theory]
    [InlineData("The delegates will meet on Thursday.", true)]
    [InlineData("The summit is scheduled to open in Fredville.", true)]
    [InlineData("The forum, to be held in Port Marx, opens soon.", true)]
    [InlineData("The minister said she'll attend.", true)]
    [InlineData("The envoy is due to arrive.", true)]
    [InlineData("The delegation left on Thursday.", false)]
    [InlineData("Flights stopped due to the storm.", false)]
    public void Detects_future_statements_from_lexical_cues(string sentence, bool future)
    {
        Assert.Equal(future, TenseCue.IsFuture(sentence));
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Agrees_with_the_gold_dates_where_the_evidence_holds_a_date(string file)
    {
        // Measured 48/49 (98.0 %) on news-dev and 36/38 (94.7 %) on news-dev-world; the misses are dates relative to
        // another event ("the day before" a Sunday), a "today" inside a quote, and a "last month" the gold reads
        // against the story's date rather than the page's.
        var results = DatedEvidence(file)
            .Select(gold => (gold, found: Resolver.FindIn(gold.Text, gold.Evidence, 0, gold.Published) is { Count: > 0 } mentions ? mentions[0] : null));
        AssertAgreement(file, results, minimum: 0.90);
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Agrees_with_the_gold_dates_when_whole_articles_are_split_into_sentences(string file)
    {
        // The harder reading: tense is judged over the whole sentence, not the short evidence quote.
        // Measured 48/49 on news-dev and 36/38 on news-dev-world, the same misses as above.
        var lexicon = Entente.Knowledge.Lexicon.Default;
        var pipeline = new TextPipeline(new Tokenizer(lexicon.Abbreviations), new SentenceSplitter(), Resolver);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        var results = DatedEvidence(file).Select(gold =>
        {
            if (!documents.TryGetValue(gold.Text, out var document))
            {
                document = pipeline.Process(Article.FromText("gold", gold.Text, gold.Published));
                documents[gold.Text] = document;
            }

            return (gold, found: document.Dates.FirstOrDefault(d => gold.Evidence.Contains(d.Range)));
        });
        AssertAgreement(file, results, minimum: 0.90);
    }

    [Property(MaxTest = 1000)]
    public bool Mentions_are_ordered_disjoint_inside_their_sentence_and_never_end_before_they_start(
        string?[]? invented, int[]? picks, bool glued, int day)
    {
        var words = (picks ?? []).Select(pick => DateWords[(pick & int.MaxValue) % DateWords.Length])
            .Concat((invented ?? []).Select(word => word ?? string.Empty));
        var text = "Lead. " + string.Join(glued ? string.Empty : " ", words) + " Tail.";
        var sentence = new TextRange(6, text.Length - 6);
        DateOnly? published = day % 5 == 0 ? null : new DateOnly(1950, 1, 1).AddDays((day & int.MaxValue) % 55_000);

        var previousEnd = sentence.Start;
        foreach (var mention in Resolver.FindIn(text, sentence, 3, published))
        {
            if (mention.Range.Start < previousEnd || mention.Range.Length <= 0 || !sentence.Contains(mention.Range)
                || mention.Sentence != 3 || (mention.End is { } end && end.First < mention.Start.First))
            {
                return false;
            }

            previousEnd = mention.Range.End;
        }

        return true;
    }

    [Fact]
    public void Gives_the_same_dates_when_one_instance_serves_many_threads()
    {
        var texts = Enumerable.Range(0, 200)
            .Select(n => $"Talks {n} ended on Monday; a second round will open on Friday, and {n % 28 + 1} March was the day the envoy left last week.")
            .ToArray();
        string Describe(string text) => string.Join("|", Resolve(text, Tuesday).Dates.Select(d => $"{d.Range}:{d.Start}:{d.End}"));
        var sequential = texts.Select(Describe).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, n => parallel[n] = Describe(texts[n]));
        Assert.Equal(sequential, parallel);
        Assert.Contains("2024-03-11", sequential[0], StringComparison.Ordinal);
    }

    /// <summary>Every gold event with a date whose evidence quote occurs in its article's text.</summary>
    private static IEnumerable<GoldDate> DatedEvidence(string file)
    {
        foreach (var line in File.ReadLines(GoldPath(file)).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var article = JsonDocument.Parse(line);
            var root = article.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var published = Day(root.GetProperty("published").GetString()!);
            foreach (var gold in root.GetProperty("events").EnumerateArray())
            {
                var evidence = gold.GetProperty("evidence").GetString()!;
                var at = text.IndexOf(evidence, StringComparison.Ordinal);
                if (gold.TryGetProperty("date", out var date) && at >= 0)
                {
                    yield return new GoldDate(text, published, new TextRange(at, at + evidence.Length), date.GetString()!);
                }
            }
        }
    }

    /// <summary>Counts the gold dates the resolver found an expression for, and how many of those agree.</summary>
    private void AssertAgreement(string file, IEnumerable<(GoldDate Gold, DateMention? Found)> results, double minimum)
    {
        var (found, agreed) = (0, 0);
        foreach (var (gold, mention) in results)
        {
            if (mention is null)
            {
                continue;
            }

            found++;
            if (mention.Start.ToString() == gold.Date)
            {
                agreed++;
            }
            else
            {
                output.WriteLine($"{gold.Published:yyyy-MM-dd} gold {gold.Date}: found {mention.Start} in \"{gold.Text[gold.Evidence.Start..gold.Evidence.End]}\"");
            }
        }

        var agreement = (double)agreed / found;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {agreed}/{found} = {agreement:P1}"));
        Assert.True(found >= 20, $"only {found} gold events had a date the resolver found");
        Assert.True(agreement >= minimum, string.Create(CultureInfo.InvariantCulture, $"agreement {agreement:P1} below {minimum:P0}"));
    }

    private sealed record GoldDate(string Text, DateOnly Published, TextRange Evidence, string Date);

    private static string GoldPath(string file)
    {
        var path = Path.Combine(RepoPaths.SharedEval, file);
        Assert.True(File.Exists(path), $"gold file missing: {path}");
        return path;
    }

    [Fact]
    public void That_month_and_that_year_take_the_year_last_written_out_in_the_story()
    {
        var document = Resolver.Process(StagePipeline.Run("Relations broke down in 2013. The envoy left that November. More envoys left later that year.", Tuesday));
        Assert.Equal(["2013", "2013-11", "2013"], document.Dates.Select(d => d.Start.ToString()));
        Assert.Equal("2023-11", Assert.Single(Resolver.Process(StagePipeline.Run("The envoy left that November.", Tuesday)).Dates).Start.ToString());
    }

    [Fact]
    public void The_same_day_the_following_day_and_days_later_count_from_the_last_day_the_story_dated()
    {
        var document = Resolver.Process(StagePipeline.Run(
            "The envoy left on March 4. The embassy closed the same day. Talks failed the following day. Two days later, troops moved. A week later, they left.", Tuesday));
        Assert.Equal(["2024-03-04", "2024-03-04", "2024-03-05", "2024-03-07", "2024-03-14"], document.Dates.Select(d => d.Start.ToString()));
        Assert.Empty(Resolver.Process(StagePipeline.Run("The embassy closed the same day.", Tuesday)).Dates);
    }

    [Fact]
    public void Days_earlier_count_back_from_the_last_day_the_story_dated()
    {
        var document = Resolver.Process(StagePipeline.Run("The envoy left on March 4. A day earlier, talks failed. Two weeks earlier, troops moved.", Tuesday));
        Assert.Equal(["2024-03-04", "2024-03-03", "2024-02-18"], document.Dates.Select(d => d.Start.ToString()));
    }
}
