using Entente.Annotations;

namespace Entente.Tests.Recognition;

public sealed class ActorRecognizerTests
{
    private static (string Text, ActorKind Kind, string? Country)[] Actors(string text)
    {
        var document = StagePipeline.Run(text);
        return document.Actors.Select(a => (document.TextOf(a.Range), a.Kind, a.Country)).ToArray();
    }

    [Fact]
    public void Finds_countries_by_name_adjective_and_longest_formal_name()
    {
        Assert.Equal(
            [("Republic of Freedonia", ActorKind.Country, "FRD"), ("Sylvanian", ActorKind.Adjective, "SYL")],
            Actors("The Republic of Freedonia hosted Sylvanian delegates."));
    }

    [Fact]
    public void A_capital_is_its_government_as_a_subject_but_not_as_a_place_or_part_of_a_name()
    {
        Assert.Equal([("Fredville", ActorKind.Capital, "FRD")], Actors("Fredville protested."));
        Assert.Empty(Actors("Talks were held in Fredville."));
        Assert.Empty(Actors("They attended the Fredville Dialogue."));
        // A Sylvanian town whose name ends in Freedonia's capital.
        Assert.Empty(Actors("The town of San Fredville fell."));
    }

    [Fact]
    public void An_international_body_s_name_after_a_country_s_possessive_is_that_country_s_own_body()
    {
        Assert.Contains(("Security Council", ActorKind.Organization, "SYL"), Actors("Sylvania's Security Council met on Monday."));
        Assert.Contains(("Security Council", ActorKind.Organization, "SYL"), Actors("The Sylvanian Security Council met on Monday."));
        Assert.Contains(("Security Council", ActorKind.Organization, "IGO"), Actors("Sylvania asked the Security Council to meet."));
        // A body whose name no state body shares stays international.
        Assert.Contains(("League of Nations", ActorKind.Organization, "IGO"), Actors("Sylvania's League of Nations envoy left."));
    }

    [Fact]
    public void The_court_after_an_international_court_is_that_court_not_the_country_it_sits_in()
    {
        Assert.Contains(("court", ActorKind.Role, "IGO"), Actors("The Court of Nations ruled on Monday. The court in Fredville found for Freedonia."));
        // A state's court by name is that state's, whatever international court came before.
        Assert.Contains(("Supreme Court", ActorKind.Role, null), Actors("The Court of Nations ruled on Monday. Freedonia protested. The Supreme Court found for Freedonia."));
        Assert.Contains(("court", ActorKind.Role, "FRD"), Actors("The League of Nations met on Monday. The court in Fredville found for Freedonia."));
    }

    [Fact]
    public void The_bloc_is_the_bloc_the_story_last_named_but_not_a_partys_bloc_nor_a_bond_between_two()
    {
        Assert.Contains(("the 15-nation bloc", ActorKind.Organization, "IGO"), Actors("The League of Nations met Sylvania. Leaders of the 15-nation bloc left."));
        Assert.DoesNotContain(Actors("The League of Nations met Sylvania. The opposition bloc walked out."), a => a.Text.Contains("bloc", StringComparison.Ordinal));
        Assert.DoesNotContain(Actors("The League of Nations met Sylvania. The alliance between them held."), a => a.Text.Contains("alliance", StringComparison.Ordinal));
        Assert.Empty(Actors("The bloc met."));
        Assert.Contains(("the league", ActorKind.Organization, "IGO"), Actors("The League of Nations met Sylvania. Freedonia criticised the league."));
    }

    [Fact]
    public void The_group_is_the_armed_group_the_story_last_named_but_not_a_group_of_something()
    {
        Assert.Contains(("the militant group", ActorKind.Organization, "SYL"), Actors("Freedonia bombed the Free Sylvania Front. Later the militant group warned Freedonia."));
        Assert.DoesNotContain(Actors("Freedonia bombed the Free Sylvania Front. The group of experts met."), a => a.Text.StartsWith("The group", StringComparison.Ordinal));
        Assert.Empty(Actors("The group warned."));
    }

    [Fact]
    public void The_country_is_the_country_the_story_last_named_but_not_a_place_an_owner_or_a_country_of_its_own()
    {
        Assert.Contains(("the country", ActorKind.Country, "SYL"), Actors("Freedonia met Sylvania. Grand Fenwick imposed sanctions on the country."));
        Assert.DoesNotContain(Actors("Freedonia met Sylvania. Troops stayed in the country."), a => a.Text == "the country");
        Assert.DoesNotContain(Actors("Freedonia met Sylvania. The country's army left."), a => a.Text == "the country");
        Assert.DoesNotContain(Actors("Freedonia met Sylvania. They praised the country of his birth."), a => a.Text == "the country");
        Assert.Empty(Actors("The country protested."));
    }

    [Fact]
    public void The_agency_is_the_international_body_the_story_last_named_but_not_after_a_news_agency()
    {
        Assert.Contains(("the agency", ActorKind.Organization, "IGO"), Actors("The League of Nations met Sylvania. Sylvania accused the agency of bias."));
        Assert.DoesNotContain(Actors("The League of Nations met Sylvania. The Freedonian News Agency said the agency was right."), a => a.Text == "the agency");
    }

    [Fact]
    public void A_role_takes_the_country_that_qualifies_it_before_or_after()
    {
        var actors = Actors("Freedonia’s deputy foreign minister met the Foreign Minister of Sylvania and a Sylvanian ambassador.");
        Assert.Contains(("deputy foreign minister", ActorKind.Role, "FRD"), actors);
        Assert.Contains(("Foreign Minister", ActorKind.Role, "SYL"), actors);
        Assert.Contains(("ambassador", ActorKind.Role, "SYL"), actors);
        // A conjunction between them joins another phrase: the second minister is not Freedonia's.
        Assert.DoesNotContain(("Foreign Minister", ActorKind.Role, "FRD"), Actors("Minister Ana Kovac of Freedonia and Foreign Minister Jon Paek Ri met."));
    }

    [Fact]
    public void A_country_that_only_says_where_a_city_is_names_no_party()
    {
        Assert.DoesNotContain(Actors("Port Marx, Sylvania - Freedonia met the minister."), a => a.Country == "SYL");
        Assert.DoesNotContain(Actors("PORT MARX, Sylvania - Freedonia met the minister."), a => a.Country == "SYL");
        Assert.DoesNotContain(Actors("Freedonia met the minister in the Sylvanian city of Port Marx."), a => a.Country == "SYL");
        Assert.Contains(Actors("Freedonia, Sylvania agree to talks."), a => a.Country == "SYL");
    }

    [Fact]
    public void A_role_of_a_place_serves_the_places_country()
    {
        Assert.Contains(("mayor", ActorKind.Role, "SYL"), Actors("Freedonia released the mayor of Port Marx."));
        Assert.Contains(("mayor", ActorKind.Role, "SYL"), Actors("Freedonia released the mayor of the southern port city of Port Marx."));
        Assert.DoesNotContain(Actors("Freedonia released the mayor of the Port Marx Club."), a => a.Text == "mayor");
    }

    [Fact]
    public void An_envoys_posting_belongs_to_the_role_and_not_to_the_envoys_country()
    {
        var document = StagePipeline.Run("The Freedonian Ambassador to Sylvania arrived.");
        var role = Assert.Single(document.Actors, a => a.Kind == ActorKind.Role);
        Assert.Equal("FRD", role.Country);
        Assert.Equal("Ambassador to Sylvania", role.Role);
    }

    [Fact]
    public void A_bare_lowercase_role_with_no_country_is_not_an_actor()
    {
        Assert.DoesNotContain(Actors("The minister spoke and the army moved."), a => a.Kind == ActorKind.Role);
        Assert.Contains(("army", ActorKind.Role, "FRD"), Actors("The Freedonian army moved."));
    }

    [Fact]
    public void A_contextual_short_form_needs_the_article_and_a_country_it_disambiguates()
    {
        Assert.Contains(("West", ActorKind.Country, "FRD"), Actors("Sylvania warned the West."));
        Assert.DoesNotContain(Actors("Winds came from the West."), a => a.Country == "FRD");
        Assert.DoesNotContain(Actors("Sylvania looked West."), a => a.Country == "FRD");
    }

    [Fact]
    public void Organisations_carry_their_code_and_sector()
    {
        var document = StagePipeline.Run("The Freedonian News Agency and the League of Nations reported it.");
        Assert.Equal([("FRD", "MED"), ("IGO", "IGO")], document.Actors.Select(a => (a.Country!, a.Sector!)));
    }

    [Fact]
    public void A_blocking_phrase_hides_the_country_word_inside_it()
    {
        Assert.Empty(Actors("Ships sailed into Freedonia Bay."));
    }

    [Fact]
    public void A_definite_military_body_refers_back_to_the_last_military_body_with_a_country()
    {
        // Freedonia is named most, but the army named before "the junta" is Sylvania's.
        var actors = Actors("Freedonia and Freedonia again. Sylvania's army seized power. Freedonia condemned the junta.");
        Assert.Equal(("junta", ActorKind.Role, "SYL"), actors[^1]);
    }

    [Fact]
    public void A_definite_bare_institution_refers_back_to_the_last_institution_it_ends()
    {
        // Freedonia is named most, but the ministry named before is Sylvania's foreign ministry.
        var actors = Actors("Freedonia and Freedonia again. Sylvania's foreign ministry protested. Freedonia replied. The ministry said more.");
        Assert.Equal(("ministry", ActorKind.Role, "SYL"), actors[^1]);
    }

    [Fact]
    public void A_body_with_no_nationality_belongs_to_the_country_or_place_it_is_stationed_in()
    {
        Assert.Equal([("soldiers", "SYL"), ("Sylvania", "SYL"), ("Freedonia", "FRD")], ActorCountries("The soldiers in Sylvania detained Freedonia's envoy."));
        Assert.Equal([("soldiers", "SYL")], ActorCountries("The soldiers in Port Marx were tired."));
        Assert.Empty(ActorCountries("The soldiers were tired."));
    }

    private static (string Text, string? Country)[] ActorCountries(string text)
    {
        var document = StagePipeline.Run(text);
        return document.Actors.Select(a => (document.TextOf(a.Range), a.Country)).ToArray();
    }

    [Fact]
    public void An_institution_whose_country_the_story_never_names_belongs_to_the_dateline_before_the_most_named_country()
    {
        Assert.Contains(("ministry", "SYL"), ActorCountries("PORT MARX \u2014 Freedonia protested to Sylvania. The ministry said no."));
        Assert.Contains(("ministry", "FRD"), ActorCountries("Freedonia protested. The ministry said no."));
        Assert.Contains(("ministry", "FRD"), ActorCountries("Freedonia protested. The powerful interior ministry said no."));
    }

    [Fact]
    public void A_legislature_of_no_named_country_is_the_storys_own_where_a_sentence_opens_with_it_only()
    {
        Assert.Contains(("Parliament", "FRD"), ActorCountries("Freedonia protested. Parliament said no."));
        Assert.DoesNotContain(ActorCountries("Freedonia protested. Sylvania asked the parliament to act."), a => a.Text == "parliament");
    }

    [Fact]
    public void A_dateline_in_a_country_the_story_never_names_says_only_where_the_report_was_filed()
    {
        Assert.Contains(("ministry", "FRD"), ActorCountries("PORT MARX \u2014 Freedonia protested. The ministry said no."));
    }

    [Fact]
    public void A_dateline_in_a_country_the_story_names_less_than_two_others_says_only_where_the_report_was_filed()
    {
        const string Summit = "PORT MARX \u2014 Leaders meeting in the Sylvanian port gave Freedonia a week. Freedonia refused. Freedonia protested. "
            + "Grand Fenwick and Grand Fenwick's envoy agreed. Grand Fenwick said no. The ministry said no.";
        Assert.DoesNotContain(("ministry", "SYL"), ActorCountries(Summit));
        Assert.Contains(("ministry", "SYL"), ActorCountries("PORT MARX \u2014 Freedonia protested. Freedonia and Sylvania quarrelled. Freedonia said no. The ministry said no."));
    }

    [Fact]
    public void Police_after_an_indefinite_article_describe_a_noun_and_are_no_force()
    {
        Assert.DoesNotContain(("police", "FRD"), ActorCountries("FREDVILLE \u2014 Freedonia said it would end a police cooperation pact with Sylvania."));
        Assert.Contains(("police", "FRD"), ActorCountries("FREDVILLE \u2014 Freedonia said the police had left Sylvania."));
    }

    [Fact]
    public void A_double_dateline_gives_the_story_the_country_of_either_place_the_story_names()
    {
        const string Story = "PORT MARX/FREDVILLE \u2014 Grand Fenwick and Freedonia quarrelled. Grand Fenwick said no. The ministry said no.";
        Assert.Contains(("ministry", "FRD"), ActorCountries(Story));
    }

    [Fact]
    public void A_legislature_opening_a_sentence_after_an_article_or_a_number_is_the_storys_own()
    {
        Assert.Contains(("parliament", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. The parliament of the republic voted."));
        Assert.Contains(("opposition", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Six opposition lawmakers said no."));
    }

    [Fact]
    public void Police_or_soldiers_of_no_named_country_placed_by_their_own_sentence_are_that_places()
    {
        Assert.Contains(("police", "SYL"), ActorCountries("FREDVILLE — Freedonia protested to Sylvania. Freedonia said no. In Port Marx, riot police fired tear gas."));
        Assert.Contains(("police", "FRD"), ActorCountries("FREDVILLE — Freedonia protested to Sylvania. Freedonia said no. Later, riot police fired tear gas."));
    }

    [Fact]
    public void Police_or_soldiers_of_no_named_country_opening_a_sentence_are_the_storys_own()
    {
        Assert.Contains(("Police", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Police said no."));
        Assert.Contains(("Soldiers", "SYL"), ActorCountries("Freedonia and Sylvania quarrelled. Sylvania's army protested. Soldiers said no."));
        Assert.Contains(("Opposition", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Opposition lawmakers said no."));
        // Officials may be anyone's, and soldiers of a named side are that side's.
        Assert.Contains(("Officials", null), ActorCountries("Freedonia protested. Officials said no."));
    }

    [Fact]
    public void Police_or_soldiers_of_no_named_country_anywhere_are_the_storys_own_unless_someone_has_sends_or_counts_them()
    {
        Assert.Contains(("police", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. The envoy was detained by police."));
        Assert.Contains(("soldiers", "FRD"), ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. A day later soldiers fired on a crowd."));
        Assert.DoesNotContain(ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Sylvania sent 300 soldiers."), a => a.Item1 == "soldiers");
        Assert.DoesNotContain(ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Sylvania said its first soldiers had left."), a => a.Item1 == "soldiers");
        Assert.DoesNotContain(ActorCountries("Freedonia and Sylvania quarrelled. Freedonia protested. Sylvania would send additional soldiers."), a => a.Item1 == "soldiers");
    }
}
