using Entente.Annotations;

namespace Entente.Tests.Recognition;

public sealed class PersonRecognizerTests
{
    [Fact]
    public void A_title_before_the_name_gives_role_and_country_for_the_rest_of_the_article()
    {
        var document = StagePipeline.Run("Freedonia’s Deputy Foreign Minister Otis Dale Ho arrived. Later, Otis met students.");
        var mentions = document.People.Select(p => (document.TextOf(p.Range), p.Name, p.Role, p.Country, p.Source)).ToArray();
        Assert.Equal(
            [
                ("Otis Dale Ho", "Otis Dale Ho", "Deputy Foreign Minister", "FRD", PersonSource.Introduced),
                ("Otis", "Otis Dale Ho", "Deputy Foreign Minister", "FRD", PersonSource.Alias),
            ],
            mentions);
    }

    [Fact]
    public void An_official_titled_with_no_country_serves_the_country_the_story_is_clearly_about()
    {
        Assert.Equal("FRD", Assert.Single(StagePipeline.Run("Freedonia expelled a Sylvanian envoy. Freedonia also closed its border. Foreign Minister Otis Dale Ho spoke.").People).Country);
        // Named as often as the other side, and with no dateline, a story's country is anyone's guess.
        Assert.Null(Assert.Single(StagePipeline.Run("Freedonia expelled a Sylvanian envoy. Foreign Minister Otis Dale Ho spoke.").People).Country);
        // Filed from the other side's capital, the story is that side's.
        Assert.Equal("SYL", Assert.Single(StagePipeline.Run("SYLVAN CITY — Freedonia expelled an envoy of Sylvania. Freedonia also closed its border. Foreign Minister Otis Dale Ho spoke.").People).Country);
    }

    [Fact]
    public void A_lower_case_title_before_a_name_introduces_a_person_of_the_story_s_country()
    {
        var person = Assert.Single(StagePipeline.Run("Freedonia expelled a Sylvanian envoy. Freedonia also closed its border. The move was criticised by opposition leader Otis Dale Ho.").People);
        Assert.Equal(("Otis Dale Ho", "opposition leader", "FRD", "OPP"), (person.Name, person.Role, person.Country, person.Sector));
    }

    [Fact]
    public void An_apposition_after_the_name_introduces_the_role()
    {
        var document = StagePipeline.Run("Jon Paek Ri, chair of the Freedonian parliament committee, held talks.");
        var person = Assert.Single(document.People);
        Assert.Equal("chair of the Freedonian parliament committee", person.Role);
        Assert.Equal("FRD", person.Country);
    }

    [Fact]
    public void An_apposition_may_qualify_its_role_by_nationality_and_standing()
    {
        var person = Assert.Single(StagePipeline.Run("Fredville freed Jon Paek Ri, a former Sylvanian businessman, on Monday.").People);
        Assert.Equal(("Jon Paek Ri", "businessman", "SYL"), (person.Name, person.Role, person.Country));
        Assert.Empty(StagePipeline.Run("Fredville freed Jon Paek Ri, a rich and famous businessman, on Monday.").People);
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_goes_on_with_the_subject_of_the_sentence_before()
    {
        var document = StagePipeline.Run("Minister Otis Dale Ho arrived. He met Minister Jon Paek Ri in Fredville. He then flew home.");
        var pronouns = document.People.Where(p => p.Source == PersonSource.Pronoun).Select(p => (p.Sentence, p.Name)).ToArray();
        Assert.Equal([(1, "Otis Dale Ho"), (2, "Otis Dale Ho")], pronouns);
    }

    [Fact]
    public void A_nationality_before_an_unknown_name_introduces_a_private_person_of_that_country()
    {
        var document = StagePipeline.Run("Sylvan City freed Freedonians Jon Paek Ri and Mira Olen Tass. Later, police detained Tass.");
        Assert.Equal(
            [("Jon Paek Ri", "FRD", "CVL"), ("Mira Olen Tass", "FRD", "CVL"), ("Mira Olen Tass", "FRD", "CVL")],
            document.People.Select(p => (p.Name, p.Country, p.Sector)));
        // What the person is may stand between: "a Sylvanian businessman Jon Paek Ri".
        Assert.Equal("SYL", Assert.Single(StagePipeline.Run("Fredville freed Sylvanian businessman Jon Paek Ri.").People).Country);
        // Any other word ends the search: the authorities are Sylvanian, not the man they hold.
        Assert.Empty(StagePipeline.Run("Sylvanian authorities detained Jon Paek Ri.").People);
        // A titled name coordinates with its title, not with the nationality before it.
        Assert.DoesNotContain(StagePipeline.Run("Sylvanian Minister Ana Kovac and Jon Paek Ri met.").People, p => p.Name == "Jon Paek Ri");
    }

    [Fact]
    public void A_month_in_a_dateline_is_no_later_mention_of_a_name_that_sounds_alike()
    {
        var document = StagePipeline.Run("FREDVILLE, Jan 24 - Freedonia welcomed Minister Juan Orro on Monday.");
        Assert.DoesNotContain(document.People, p => document.TextOf(p.Range) == "Jan");
    }

    [Fact]
    public void A_title_of_a_country_before_the_name_gives_role_and_country()
    {
        var document = StagePipeline.Run("Deputy Foreign Minister of Sylvania Mira Olen Tass arrived.");
        var person = Assert.Single(document.People);
        Assert.Equal(("Mira Olen Tass", "Deputy Foreign Minister", "SYL"), (person.Name, person.Role, person.Country));
    }

    [Fact]
    public void Of_country_after_the_name_gives_the_country()
    {
        var document = StagePipeline.Run("Minister Ana Kovac of Sylvania was in Fredville.");
        var person = Assert.Single(document.People);
        Assert.Equal(("Minister", "SYL"), (person.Role, person.Country));
    }

    [Fact]
    public void Spelling_and_order_variants_share_one_key()
    {
        Assert.Equal(Entente.Recognition.NameKey.For("Pak Myung Ho"), Entente.Recognition.NameKey.For("Pak Myong-ho"));
        Assert.Equal(Entente.Recognition.NameKey.For("Khurelsukh Ukhnaa"), Entente.Recognition.NameKey.For("Ukhnaagiin Khurelsukh"));
        Assert.Equal(Entente.Recognition.NameKey.For("Khurelsukh Ukhnaa"), Entente.Recognition.NameKey.For("Khürelsükh Ukhnaa"));
        Assert.NotEqual(Entente.Recognition.NameKey.For("Kim Jong Un"), Entente.Recognition.NameKey.For("Kim Yo Jong"));
    }

    [Fact]
    public void A_variant_spelling_later_resolves_to_the_introduced_person()
    {
        var document = StagePipeline.Run("Sylvanian President Tamar Ukhnaa spoke. Ukhnaagiin Tamar then left.");
        Assert.Equal(2, document.People.Count);
        Assert.All(document.People, p => Assert.Equal(("Tamar Ukhnaa", "SYL"), (p.Name, p.Country)));
    }

    [Fact]
    public void Office_holders_named_without_a_role_resolve_at_the_article_date()
    {
        var document = StagePipeline.Run("Vera Trentino spoke with Trentino aides.", new DateOnly(2024, 6, 1));
        var person = document.People[0];
        Assert.Equal(("Vera Trentino", "President", "SYL", PersonSource.OfficeHolder), (person.Name, person.Role, person.Country, person.Source));

        var before = StagePipeline.Run("Vera Trentino spoke.", new DateOnly(2019, 6, 1));
        Assert.Empty(before.People);
    }

    [Fact]
    public void A_pronoun_resolves_only_when_one_person_can_be_meant()
    {
        var document = StagePipeline.Run("Sylvanian Minister Ana Kovac was invited, but she did not attend. Freedonian Ambassador Li Po Han spoke on her behalf.");
        var pronouns = document.People.Where(p => p.Source == PersonSource.Pronoun).Select(p => (document.TextOf(p.Range), p.Name)).ToArray();
        Assert.Equal([("she", "Ana Kovac"), ("her", "Ana Kovac")], pronouns);

        var ambiguous = StagePipeline.Run("Freedonian Minister Ana Kovac met Sylvanian Ambassador Li Po Han after receiving his letter.");
        Assert.DoesNotContain(ambiguous.People, p => p.Source == PersonSource.Pronoun);
    }

    [Fact]
    public void Capitalised_phrases_without_a_role_are_not_people()
    {
        var document = StagePipeline.Run("The Rare Metal Cooperation Center opened near the Fredville Dialogue hall.");
        Assert.Empty(document.People);
    }

    [Fact]
    public void An_office_holder_out_of_office_keeps_the_country()
    {
        var document = StagePipeline.Run("Rufus Firefly spoke.", new DateOnly(2025, 6, 1));
        Assert.Equal("FRD", Assert.Single(document.People).Country);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_a_role_takes_the_role_and_its_country()
    {
        var document = StagePipeline.Run("Police detained a Sylvanian minister, Mira Olen Tass, on Monday. Later Tass was freed.");
        Assert.All(document.People, p => Assert.Equal(("Mira Olen Tass", "minister", "SYL"), (p.Name, p.Role, p.Country)));
        Assert.Equal(2, document.People.Count);
    }

    [Fact]
    public void A_list_of_names_after_a_role_and_a_comma_is_no_apposition()
    {
        var document = StagePipeline.Run("He thanked the minister, Mira Olen Tass and Jon Paek Ri for their work.");
        Assert.DoesNotContain(document.People, p => p.Role == "minister");
    }

    [Fact]
    public void A_pronoun_right_after_a_verb_of_saying_is_the_speaker_in_its_sentence()
    {
        var document = StagePipeline.Run("Freedonian President Otis Ho met students, and he smiled.\nSylvanian Minister Jon Paek Ri said he would stay.");
        var pronoun = Assert.Single(document.People, p => document.TextOf(p.Range) == "he" && p.Sentence == 1);
        Assert.Equal("Jon Paek Ri", pronoun.Name);
    }
}
