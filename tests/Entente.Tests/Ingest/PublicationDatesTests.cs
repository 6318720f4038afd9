using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class PublicationDatesTests
{
    [Theory]
    [InlineData("Mon, 11 Mar 2024 10:49:00 +0900", 2024, 3, 11)]
    [InlineData("Tue, 3 Jun 2031 17:40 GMT", 2031, 6, 3)]
    [InlineData("11 Mar 2024 10:49:00 EST", 2024, 3, 11)]
    [InlineData("Sun, 31 Dec 23 23:59:59 +0000", 2023, 12, 31)]
    [InlineData("2024-03-15", 2024, 3, 15)]
    [InlineData("2024-03-15T23:30:00-05:00", 2024, 3, 15)]
    [InlineData("2024-03-15T08:00:00Z", 2024, 3, 15)]
    [InlineData("2024-03-15 08:00:00", 2024, 3, 15)]
    public void Feed_and_json_dates_parse_to_the_date_as_written(string text, int year, int month, int day)
    {
        Assert.True(PublicationDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("yesterday-ish")]
    [InlineData("2024-02-30")]
    [InlineData("2024-03-15 tomorrow")]
    [InlineData("31 Foo 2024")]
    [InlineData("32 Mar 2024")]
    [InlineData("")]
    [InlineData(null)]
    public void Nonsense_dates_do_not_parse(string? text)
    {
        Assert.False(PublicationDates.TryParse(text, out _));
    }
}
