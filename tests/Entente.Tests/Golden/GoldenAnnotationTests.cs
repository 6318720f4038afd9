using System.Globalization;
using System.Text;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Tests.Golden;

/// <summary>
/// Golden tests: the development articles go in, a compact list of what the text layer found comes out, and it must
/// equal the reviewed file in Golden/. After a deliberate change, run with ENTENTE_UPDATE_GOLDEN=1 and review the
/// diff like code. The articles themselves are read from ../shared and never copied into the repository.
/// </summary>
public sealed class GoldenAnnotationTests
{
    private static readonly TextPipeline Pipeline = TextLayer.Create(Lexicon.Default);

    [Theory]
    [InlineData("news-dev.jsonl", "news-dev.annotations.tsv")]
    [InlineData("news-dev-world.jsonl", "news-dev-world.annotations.tsv")]
    public void Dev_articles_annotate_as_reviewed(string goldFile, string goldenFile)
    {
        var items = new ArticleSource().Read(Path.Combine(RepoPaths.SharedEval, goldFile)).ToList();
        Assert.All(items, i => Assert.Null(i.Problem));

        var actual = new StringBuilder();
        foreach (var item in items)
        {
            Summarise(Pipeline.Process(item.Article!), actual);
        }

        var path = Path.Combine(RepoPaths.Root, "tests", "Entente.Tests", "Golden", goldenFile);
        if (Environment.GetEnvironmentVariable("ENTENTE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual.ToString());
        }

        Assert.Equal(File.ReadAllText(path), actual.ToString());
    }

    [Fact]
    public void The_founding_article_has_its_countries_people_places_and_dates()
    {
        var article = new ArticleSource().Read(RepoPaths.NewsDev).First().Article!;
        var document = Pipeline.Process(article);

        var countries = document.Actors.Select(a => a.Country).Concat(document.Places.Select(p => p.Country)).ToHashSet();
        Assert.Superset(new HashSet<string?> { "PRK", "MNG", "KOR", "JPN", "CUB", "CHN", "RUS", "UKR", "USA" }, countries);

        var people = document.People.Where(p => p.Source != Annotations.PersonSource.Pronoun)
            .Select(p => (p.Name, p.Country)).ToHashSet();
        Assert.Superset(
            new HashSet<(string, string?)>
            {
                ("Pak Myung Ho", "PRK"), ("Battsetseg Batmunkh", "MNG"), ("Khurelsukh Ukhnaa", "MNG"), ("Choe Ryong Hae", "PRK"),
                ("Erdenedavaa Luvsantseren", "MNG"), ("Choe Son Hui", "PRK"), ("O Sung Ho", "PRK"),
            },
            people);
        Assert.All(document.People, p => Assert.NotNull(p.Role));

        var dates = document.Dates.Select(d => d.End is { } end ? $"{d.Start}..{end}" : d.Start.ToString()).ToHashSet();
        Assert.Superset(new HashSet<string> { "2024-03-10..2024-03-11", "2024-03-11", "2024-01", "2023", "2024-02-14", "2024-03" }, dates);

        var places = document.Places.Select(p => (p.Name, p.Country)).ToHashSet();
        Assert.Superset(new HashSet<(string, string)> { ("Ulaanbaatar", "MNG"), ("New York", "USA") }, places);

        // Credits and the jobs-board promotion are not coded; the caption is a passage of its own.
        var coded = string.Concat(document.Sentences.Select(s => document.TextOf(s.Range)));
        Assert.DoesNotContain("Credit:", coded, StringComparison.Ordinal);
        Assert.DoesNotContain("jobs board", coded, StringComparison.Ordinal);
        var caption = Assert.Single(document.Sentences, s => s.Kind == Text.PassageKind.Caption);
        Assert.StartsWith("North Korea’s Deputy Foreign Minister Pak Myung Ho (left)", document.TextOf(caption.Range), StringComparison.Ordinal);
    }

    private static void Summarise(Document document, StringBuilder output)
    {
        output.Append("# ").Append(document.Article.Id).Append('\n');
        foreach (var person in document.People)
        {
            output.Append(CultureInfo.InvariantCulture, $"person\t{person.Sentence}\t{document.TextOf(person.Range)}\t{person.Name}\t{person.Role}\t{person.Country}\t{person.Source}\n");
        }

        foreach (var place in document.Places)
        {
            output.Append(CultureInfo.InvariantCulture, $"place\t{place.Sentence}\t{place.Name}\t{place.Country}\n");
        }

        foreach (var date in document.Dates)
        {
            output.Append(CultureInfo.InvariantCulture, $"date\t{date.Sentence}\t{document.TextOf(date.Range)}\t{date.Start}\t{date.End}\n");
        }

        var countries = document.Actors.Where(a => a.Country is not null).Select(a => a.Country!).Distinct().Order(StringComparer.Ordinal);
        output.Append("countries\t").AppendJoin(' ', countries).Append('\n');
    }
}
