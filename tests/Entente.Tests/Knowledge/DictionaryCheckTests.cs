using Entente.Knowledge;

namespace Entente.Tests.Knowledge;

public sealed class DictionaryCheckTests
{
    [Fact]
    public void The_embedded_dictionaries_have_no_problems()
    {
        var problems = DictionaryCheck.Run(DataSet.Embedded).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    [Fact]
    public void The_embedded_dictionaries_cover_every_un_member_and_observer()
    {
        var countries = DataSet.Embedded["actors/countries.tsv"];
        var statuses = countries.Rows.GroupBy(r => countries.Cell(r, "status")).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(193, statuses["member"]);
        Assert.Equal(2, statuses["observer"]);
    }

    [Fact]
    public void The_dictionary_version_changes_when_any_row_changes()
    {
        var changed = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["actors/roles.tsv"] = FictionalWorld.Files["actors/roles.tsv"] + "zealot\tCVL\tbody\n",
        };
        Assert.NotEqual(DataSet.From(FictionalWorld.Files).Version, DataSet.From(changed).Version);
        Assert.Equal(DataSet.From(FictionalWorld.Files).Version, DataSet.From(FictionalWorld.Files).Version);
    }

    [Theory]
    [InlineData("FRD\tname\tFreedonia\t\nFRD\tname\tAlpha\t\n", "rows are not sorted")]
    [InlineData("FRD\tname\tFreedonia\t\nFRD\tname\tFreedonia\t\n", "duplicate row")]
    [InlineData("FRD\tname\tFreedonia\n", "3 cells, the header names 4 columns")]
    [InlineData("FRD\tname\tFreedonia\t\nSYL\tname\tFreedonia\t\n", "'Freedonia' maps to both FRD and SYL")]
    [InlineData("XXX\tname\tNowhere\t\n", "unknown country code 'XXX'")]
    [InlineData("FRD\tslogan\tFreedonia\t\n", "kind must be name, adjective, demonym or capital")]
    public void Reports_bad_country_names_with_file_and_line(string rows, string message)
    {
        var files = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["actors/country-names.tsv"] = "# source: t\n# licence: t\n# columns: iso3\tkind\ttext\trequires\n" + rows,
        };
        var problems = DictionaryCheck.Run(DataSet.From(files)).ToList();
        Assert.Contains(problems, p => p.StartsWith("actors/country-names.tsv:", StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_term_that_ends_before_it_starts_and_a_place_off_the_globe()
    {
        var files = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["actors/office-holders.tsv"] = "# source: t\n# licence: t\n# columns: name\tcountry\tsector\trole\tfrom\tto\tvariants\n" +
                "Ana Kovac\tSYL\tGOV\tMinister\t2024-01-01\t2023-01-01\t\n",
            ["places/places.tsv"] = "# source: t\n# licence: t\n# columns: country\tname\tkind\tlat\tlon\tvariants\n" +
                "SYL\tPort Marx\tcity\t95\t40\t\n",
        };
        var problems = DictionaryCheck.Run(DataSet.From(files)).ToList();
        Assert.Contains("actors/office-holders.tsv:4: term ends (2023-01-01) before it starts (2024-01-01)", problems);
        Assert.Contains("places/places.tsv:4: latitude/longitude out of range or not a number", problems);
    }

    [Fact]
    public void A_file_without_its_header_lines_is_reported()
    {
        var files = new Dictionary<string, string>(FictionalWorld.Files) { ["text/abbreviations.tsv"] = "Mr.\n" };
        var problems = DictionaryCheck.Run(DataSet.From(files)).ToList();
        Assert.Contains("text/abbreviations.tsv:1: header has no '# source:' line", problems);
    }

    [Fact]
    public void A_trigger_may_have_one_blame_and_one_praise_reading_but_no_second_plain_one()
    {
        const string Head = "# source: t\n# licence: t\n# columns: id\tcameo\ttype\tmode\ttrigger\tpos\tpreps\n";
        var readings = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["patterns/events.tsv"] = Head + "accuse.hail\t112\tACCUSE\t\t~hail\tverb\t!\nsupport.hail\t051\tSUPPORT\t\t~hail\tverb\t+\n",
        };
        Assert.DoesNotContain(DictionaryCheck.Run(DataSet.From(readings)), p => p.Contains("already a verb pattern", StringComparison.Ordinal));
        var twice = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["patterns/events.tsv"] = Head + "accuse.hail\t112\tACCUSE\t\t~hail\tverb\t\nsupport.hail\t051\tSUPPORT\t\t~hail\tverb\t\n",
        };
        Assert.Contains("patterns/events.tsv:5: trigger '~hail' is already a verb pattern", DictionaryCheck.Run(DataSet.From(twice)));
        var plainBesideMarked = new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["patterns/events.tsv"] = Head + "accuse.hail\t112\tACCUSE\t\t~hail\tverb\t!\nsupport.hail\t051\tSUPPORT\t\t~hail\tverb\t\n",
        };
        Assert.Contains("patterns/events.tsv:5: trigger '~hail' is already a verb pattern", DictionaryCheck.Run(DataSet.From(plainBesideMarked)));
    }
}
