namespace Entente.Tests.Recognition;

public sealed class PlaceRecognizerTests
{
    [Fact]
    public void Finds_places_in_place_positions_with_gazetteer_country_and_coordinates()
    {
        var document = StagePipeline.Run("Talks were held in Sylvania City after a stop at Port Marx.");
        Assert.Equal(
            [("Sylvan City", "SYL", -1.5, 41.0), ("Port Marx", "SYL", -3.0, 40.0)],
            document.Places.Select(p => (p.Name, p.Country, p.Latitude, p.Longitude)));
    }

    [Fact]
    public void A_bearing_from_a_place_puts_it_in_a_place_position()
    {
        Assert.Equal("Port Marx", Assert.Single(StagePipeline.Run("The depot lies 20 km southwest of Port Marx.").Places).Name);
        Assert.Empty(StagePipeline.Run("The depot is the pride of Port Marx.").Places);
    }

    [Fact]
    public void A_place_followed_by_its_country_counts_without_a_preposition()
    {
        var document = StagePipeline.Run("Fredville, Freedonia, March 11.");
        Assert.Equal("Fredville", Assert.Single(document.Places).Name);
    }

    [Fact]
    public void A_name_that_runs_into_another_capitalised_word_is_not_a_place()
    {
        Assert.Empty(StagePipeline.Run("They attended the summit in Fredville Harbour Hall.").Places);
        Assert.Empty(StagePipeline.Run("Fredville said no.").Places);
    }

    [Fact]
    public void A_name_coordinated_with_a_place_is_a_place_and_not_an_actor()
    {
        var document = StagePipeline.Run("Observers in Port Marx and Fredville were surprised.");
        Assert.Equal(["Port Marx", "Fredville"], document.Places.Select(p => p.Name));
        Assert.Empty(document.Actors);
    }

    [Fact]
    public void A_dateline_in_capitals_before_a_dash_is_a_place()
    {
        Assert.Equal("Fredville", Assert.Single(StagePipeline.Run("FREDVILLE, Freedonia \u2014 Talks resumed.").Places).Name);
        Assert.Equal("Port Marx", Assert.Single(StagePipeline.Run("PORT MARX (Agency) - Talks resumed.").Places).Name);
        Assert.Equal("Fredville", Assert.Single(StagePipeline.Run("FREDVILLE, Oct 20 - Talks resumed.").Places).Name);
        Assert.Equal("Fredville", Assert.Single(StagePipeline.Run("FREDVILLE, Aug 6 (Agency) - Talks resumed.").Places).Name);
        Assert.Empty(StagePipeline.Run("FREDVILLE officials said talks resumed.").Places);
        Assert.Empty(StagePipeline.Run("FREDVILLE, Oct 20 officials said talks resumed.").Places);
        Assert.Empty(StagePipeline.Run("Fredville \u2014 the capital \u2014 said no.").Places);
    }
}
