using Entente.Annotations;
using Entente.Coding;
using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Tests.Coding;

public sealed class EventMatcherTests
{
    private static readonly TextPipeline Pipeline = EventCoding.Create(FictionalWorld.Lexicon, PatternSet.From(DataSet.From(FictionalWorld.Files)));

    /// <summary>The text coded as an article published on Tuesday 2024-03-12, by the fictional world's coder or the one given.</summary>
    private static Document Code(string text, TextPipeline? pipeline = null) => (pipeline ?? Pipeline).Process(Article.FromText("t", text, new DateOnly(2024, 3, 12)));

    /// <summary>Who did what to whom: each event's type, actor countries and recipient countries.</summary>
    private static (string Type, string Actors, string Recipients)[] Dyads(string text, TextPipeline? pipeline = null) =>
        Events(text, pipeline).Select(e => (e.Type, e.Actors, e.Recipients)).ToArray();

    /// <summary>The fictional world's coder with extra pattern rows, for a test of one pattern the shared data lacks.</summary>
    private static TextPipeline WithPatterns(string rows) =>
        EventCoding.Create(FictionalWorld.Lexicon, PatternSet.From(DataSet.From(new Dictionary<string, string>(FictionalWorld.Files)
        {
            ["patterns/events.tsv"] = FictionalWorld.Files["patterns/events.tsv"] + rows,
        })));

    private static (string Type, string Actors, string Recipients, string? Date, Modality Modality)[] Events(string text, TextPipeline? pipeline = null) =>
        Code(text, pipeline).Events.Select(e => (
            e.Type,
            string.Join(',', e.Actors.Select(a => a.Country)),
            string.Join(',', e.Recipients.Select(r => r.Country)),
            e.Date?.Start.ToString(),
            e.Modality)).ToArray();

    [Fact]
    public void A_verb_binds_its_subject_as_actor_and_its_object_as_recipient()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("Freedonia expelled the Sylvanian ambassador on Monday."));
    }

    [Fact]
    public void A_passive_verb_makes_its_subject_the_recipient_and_the_by_phrase_the_actor()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)], Events("Sylvania was invited by Freedonia to a conference."));
    }

    [Fact]
    public void A_noun_takes_its_possessor_as_actor_and_the_phrase_after_its_preposition_as_recipient()
    {
        var coded = Assert.Single(Code("Freedonia’s visit to Sylvania surprised many.").Events);
        Assert.Equal(("CONSULT", "visit", "042"), (coded.Type, coded.Mode, coded.Cameo));
        Assert.Equal(["FRD"], coded.Actors.Select(a => a.Country));
        Assert.Equal(["SYL"], coded.Recipients.Select(a => a.Country));
    }

    [Fact]
    public void One_who_reacts_to_an_act_did_not_do_it()
    {
        Assert.Equal(
            [("SANCTION", "SYL", "FRD", "2024-03-11", Modality.Asserted)],
            Events("Sylvania recalled its ambassador from Freedonia on Monday. Grand Fenwick regretted the recall."));
    }

    [Fact]
    public void One_who_comments_on_an_act_did_not_do_it()
    {
        Assert.Equal(
            [("SANCTION", "SYL", "FRD", "2024-03-11", Modality.Asserted)],
            Events("Sylvania recalled its ambassador from Freedonia on Monday. Grand Fenwick did not immediately comment on the recall."));
    }

    [Fact]
    public void Consultations_an_envoy_is_recalled_for_are_no_meeting_of_their_own()
    {
        Assert.Equal(
            [("SANCTION", "GFW", "FRD,SYL", "2024-03-11", Modality.Asserted)],
            Events("Grand Fenwick recalled its ambassadors to the Republic of Freedonia and Sylvania for consultations on Monday."));
    }

    [Fact]
    public void People_described_as_held_somewhere_are_no_arrest_but_people_arrested_there_are()
    {
        // A coercive participle right after its noun is a passive on that noun, so the noun is no actor either.
        Assert.Empty(Events("The minister raised the cases of Freedonian soldiers arrested in Sylvania."));
        Assert.Empty(Events("The minister raised the cases of Freedonian soldiers who were arrested in Sylvania."));
        Assert.Equal([("COERCE", "SYL", "FRD", "2024-03-11", Modality.Asserted)], Events("Freedonian soldiers were arrested in Sylvania on Monday."));
    }

    [Fact]
    public void A_side_that_is_not_a_state_refusing_no_one_named_answers_its_own_government()
    {
        var coded = Code("Freedonia and Sylvania quarrelled. The opposition rejected the plan.").Events;
        Assert.Equal([("REJECT", "FRD", "OPP", "FRD", "GOV")], coded.Select(e => (e.Type, e.Actors[0].Country, e.Actors[0].Sector, Assert.Single(e.Recipients).Country, e.Recipients[0].Sector)));
    }

    [Fact]
    public void A_request_of_no_one_named_is_made_of_the_storys_other_side()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)], Events("Sylvania protested. Freedonia urged calm."));
    }

    [Fact]
    public void An_auxiliary_after_and_still_joins_the_verb_to_the_sentences_subject()
    {
        Assert.Contains(("ACCUSE", "FRD", "GFW", null, Modality.Asserted), Events("Freedonia refused to recognise Sylvania, and has accused Grand Fenwick of meddling."));
    }

    [Fact]
    public void A_crowd_says_what_it_blames_where_it_stands_or_against_its_own_government()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Thousands of protesters in Fredville accused Sylvania of meddling."));
        Assert.Equal([("ACCUSE", "SYL", "SYL", null, Modality.Asserted)], Events("Protesters accused President Trentino of fraud."));
    }

    [Fact]
    public void An_irregular_past_after_a_name_is_the_verb_not_the_noun()
    {
        Assert.Equal([("ASSAULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("Freedonia struck Sylvania on Monday."));
        Assert.Equal([("ASSAULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("The Freedonian strike on Sylvania came on Monday."));
    }

    [Fact]
    public void A_leader_acts_through_his_forces()
    {
        Assert.Equal([("ASSAULT", "SYL", "FRD", "2024-03-11", Modality.Asserted)], Events("Vera Trentino's forces struck Freedonia on Monday."));
    }

    [Fact]
    public void A_government_dismissing_its_own_minister_acts_on_its_own_official()
    {
        var coded = Assert.Single(Code("Sylvania dismissed the Sylvanian foreign minister on Monday.").Events);
        Assert.Equal(("COERCE", "SYL", "SYL", "GOV"), (coded.Type, coded.Actors[0].Country, Assert.Single(coded.Recipients).Country, coded.Recipients[0].Sector));
    }

    [Fact]
    public void An_act_dated_years_before_the_story_is_history_it_recalls()
    {
        Assert.Empty(Events("Freedonia expelled the Sylvanian ambassador in 2010."));
        Assert.Equal([("SANCTION", "FRD", "SYL", "2021", Modality.Asserted)], Events("Freedonia expelled the Sylvanian ambassador in 2021."));
    }

    [Fact]
    public void Talks_between_two_sides_bind_both()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", null, Modality.Asserted)], Events("There were talks between Freedonia and Sylvania."));
    }

    [Fact]
    public void People_act_with_their_country_name_and_role_and_the_reporter_is_not_the_actor()
    {
        var coded = Assert.Single(Code("The Freedonian News Agency said Sylvanian President Ana Kovac met Freedonian officials.").Events);
        var actor = Assert.Single(coded.Actors);
        Assert.Equal(("SYL", "Ana Kovac", "President"), (actor.Country, actor.Name, actor.Role));
        Assert.Equal("FRD", Assert.Single(coded.Recipients).Country);
    }

    [Fact]
    public void Negation_plans_and_conditions_set_the_modality()
    {
        Assert.Equal(Modality.Negated, Assert.Single(Events("Freedonia did not meet with Sylvania.")).Modality);
        Assert.Equal(Modality.Future, Assert.Single(Events("Freedonia will meet with Sylvania next month.")).Modality);
        Assert.Equal(Modality.Hypothetical, Assert.Single(Events("Freedonia could expel Sylvanian diplomats.")).Modality);
    }

    [Fact]
    public void The_same_act_mentioned_twice_in_an_article_is_one_event()
    {
        Assert.Single(Events("Freedonia expelled Sylvanian diplomats. Later, Freedonia expelled Sylvanian diplomats again."));
    }

    [Fact]
    public void A_joint_act_of_two_subjects_lists_both_sides_as_actors_and_recipients()
    {
        var coded = Assert.Single(Code("Freedonia and Sylvania met in Fredville on Monday.").Events);
        Assert.Equal(["FRD", "SYL"], coded.Actors.Select(a => a.Country));
        Assert.Equal(["FRD", "SYL"], coded.Recipients.Select(a => a.Country));
        Assert.Equal("Fredville", coded.Location?.Name);
    }

    [Fact]
    public void Evidence_covers_the_trigger_and_the_participants_with_the_pattern_id()
    {
        var document = Code("Yesterday Freedonia expelled two Sylvanian diplomats.");
        var coded = Assert.Single(document.Events);
        Assert.Equal("Freedonia expelled two Sylvanian", document.TextOf(coded.Evidence.Range));
        Assert.Equal("expelled", document.TextOf(coded.Evidence.Trigger));
        Assert.Equal("sanction.expel", coded.Evidence.PatternId);
    }

    [Fact]
    public void A_sentence_without_actors_yields_no_event()
    {
        Assert.Empty(Events("The committee met on Monday."));
    }

    [Fact]
    public void The_two_sides_are_the_two_countries_the_article_names_most()
    {
        var coded = Code("Freedonia hosted Sylvania. Sylvania thanked Freedonia. The two sides met on Monday.").Events[^1];
        Assert.Equal(["FRD", "SYL"], coded.Actors.Select(a => a.Country).Order());
        Assert.Equal(["FRD", "SYL"], coded.Recipients.Select(a => a.Country).Order());
    }

    [Fact]
    public void Two_sides_with_no_article_are_new_ones_not_the_story_s()
    {
        Assert.Single(Events("Freedonia hosted Sylvania. Sylvania thanked Freedonia. Two states met on Monday."));
        Assert.Equal(2, Events("Freedonia hosted Sylvania. Sylvania thanked Freedonia. The two states met on Monday.").Length);
    }

    [Theory]
    [InlineData("The two former rival republics met on Monday.")]
    [InlineData("The leaders met on Monday.")]
    [InlineData("Their foreign ministers met on Monday.")]
    [InlineData("Both men met on Monday.")]
    public void Leaders_referred_back_to_are_the_two_sides(string sentence)
    {
        var coded = Code("Freedonia hosted Sylvania on Sunday. " + sentence).Events[^1];
        Assert.Equal("CONSULT", coded.Type);
        Assert.Equal(["FRD", "SYL"], coded.Actors.Select(a => a.Country).Order());
    }

    [Fact]
    public void Two_other_leaders_are_not_the_two_sides()
    {
        Assert.DoesNotContain(Code("Freedonia hosted Sylvania on Sunday. Two other leaders met on Monday.").Events, e => e.Date?.Start.Day == 11);
    }

    [Fact]
    public void Their_leaders_after_named_sides_are_theirs_not_a_new_participant()
    {
        var coded = Assert.Single(Code("Sylvania hosted Freedonia on Sunday. Freedonia and Sylvania will resume regular visits between their leaders.").Events, e => e.Modality == Modality.Future);
        Assert.Equal(["FRD", "SYL"], coded.Actors.Concat(coded.Recipients).Select(a => a.Country).Distinct().Order());
    }

    [Fact]
    public void A_visited_place_stands_for_its_government()
    {
        var coded = Assert.Single(Code("Freedonia’s president visited Sylvan City on Monday.").Events);
        Assert.Equal(("FRD", "SYL"), (coded.Actors[0].Country, coded.Recipients[0].Country));
    }

    [Fact]
    public void A_noun_inside_another_acts_of_phrase_is_not_an_act_of_its_own()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia announced the suspension of talks with Sylvania."));
    }

    [Fact]
    public void A_past_passive_is_asserted_whatever_the_sentence_plans_next()
    {
        var invited = Assert.Single(Events("Sylvania has been invited by Freedonia to a forum scheduled to be held later this year."));
        Assert.Equal(("REQUEST", "FRD", "SYL", Modality.Asserted), (invited.Type, invited.Actors, invited.Recipients, invited.Modality));
    }

    [Fact]
    public void A_meetings_place_is_a_venue_and_not_a_party()
    {
        Assert.Empty(Events("Freedonia held talks in Sylvan City."));
        Assert.Equal("SYL", Assert.Single(Code("Freedonia’s president visited Sylvan City.").Events).Recipients[0].Country);
    }

    [Fact]
    public void The_recipients_preposition_may_stand_past_other_prepositions()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("Freedonia met on Monday in the port of Port Marx with Sylvania."));
    }

    [Fact]
    public void A_nationality_adjective_before_the_noun_it_modifies_is_not_the_subject()
    {
        Assert.Equal([("CONSULT", "FRD", "IGO", null, Modality.Asserted)], Events("Freedonia used Sylvanian channels to meet with the League of Nations."));
    }

    [Fact]
    public void An_undated_act_narrated_as_done_takes_the_day_of_the_story_lead()
    {
        var events = Events("Freedonia expelled the Sylvanian ambassador on Monday. Separately, the Freedonian president met Sylvanian officials.");
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("CONSULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], events);
    }

    [Fact]
    public void Background_and_planned_acts_keep_no_date_rather_than_the_leads()
    {
        var events = Events("Freedonia expelled the Sylvanian ambassador on Monday. Freedonia had previously met Sylvanian officials. Freedonia will meet Sylvania.");
        Assert.Equal(
            [("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("CONSULT", "FRD", "SYL", null, Modality.Asserted), ("CONSULT", "FRD", "SYL", null, Modality.Future)],
            events);
    }

    [Fact]
    public void Titles_of_countries_coordinated_with_and_hold_talks_as_two_sides()
    {
        var coded = Assert.Single(Code("Deputy Foreign Minister of Freedonia Otis Dale Ho and Foreign Minister of the Sylvania Mira Olen Tass held talks on Monday.").Events);
        Assert.Equal(["FRD", "SYL"], coded.Actors.Select(a => a.Country));
        Assert.Equal(["Otis Dale Ho", "Mira Olen Tass"], coded.Actors.Select(a => a.Name));
        Assert.Equal("2024-03-11", coded.Date?.Start.ToString());
    }

    [Fact]
    public void A_warning_that_names_no_one_answers_the_side_the_story_last_showed_in_the_wrong()
    {
        var events = Events("Sylvania bombed Freedonian villages on Monday. Freedonia said Freedonian farmers had fled, and Freedonia asked for help. Grand Fenwick warned on Tuesday.");
        Assert.Contains(("THREATEN", "GFW", "SYL", "2024-03-12", Modality.Asserted), events);
    }

    [Theory]
    [InlineData("Grand Fenwick, which welcomes Sylvania's plan, met Freedonia on Monday.", false)]
    [InlineData("Grand Fenwick, which does not welcome Sylvania's plan, met Freedonia on Monday.", false)]
    [InlineData("Grand Fenwick, which welcomed Sylvania's plan, met Freedonia on Monday.", true)]
    public void A_present_tense_relative_clause_describes_a_standing_policy_not_an_act(string text, bool coded)
    {
        var events = Code(text).Events;
        Assert.Contains(events, e => e.Type == "CONSULT");
        Assert.Equal(coded, events.Any(e => e.Type == "SUPPORT"));
    }

    [Fact]
    public void A_pledged_act_is_the_event_and_is_planned()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Future)], Events("Freedonia pledged to expel the Sylvanian ambassador."));
        Assert.Equal([("AGREE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia pledged to Sylvania."));
    }

    [Fact]
    public void Wanting_an_act_plans_it()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Future)], Events("Freedonia wants to expel the Sylvanian ambassador."));
    }

    [Theory]
    [InlineData("Freedonia expelled Sylvanian journalists.", "COERCE", "174")]
    [InlineData("Freedonia expelled exiled leaders of the Sylvanian opposition.", "COERCE", "174")]
    [InlineData("Freedonia expelled the Sylvanian ambassador.", "SANCTION", "166")]
    [InlineData("Freedonia expelled Sylvanian diplomats and journalists.", "SANCTION", "166")]
    public void Expelling_people_who_are_not_envoys_is_coercion_of_individuals(string text, string type, string cameo)
    {
        var coded = Assert.Single(Code(text).Events);
        Assert.Equal((type, cameo), (coded.Type, coded.Cameo));
    }

    [Fact]
    public void Force_announced_as_coming_is_a_threat_made_now()
    {
        var coded = Assert.Single(Code("Freedonia said it will bomb Sylvania.").Events);
        Assert.Equal(("THREATEN", "138", Modality.Asserted), (coded.Type, coded.Cameo, coded.Modality));
        Assert.Equal("ASSAULT", Assert.Single(Code("Freedonia bombed Sylvania.").Events).Type);
    }

    [Theory]
    [InlineData("Freedonia expelled the Sylvanian ambassador after masked men bombed Sylvania.")]
    [InlineData("Freedonia expelled the Sylvanian ambassador, blaming the militia that has bombed Sylvania.")]
    public void A_verb_whose_subject_names_no_party_is_not_the_act_of_the_party_before(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_clause_opened_by_after_takes_the_party_it_names_as_subject()
    {
        Assert.Contains(("ASSAULT", "SYL", "FRD", null, Modality.Asserted), Events("Freedonia expelled the Sylvanian ambassador after Sylvania bombed Fredville."));
    }

    [Fact]
    public void A_verb_of_receiving_makes_the_giver_the_actor()
    {
        Assert.Equal([("AID", "FRD", "SYL", null, Modality.Asserted)], Events("Sylvania received emergency aid from Freedonia."));
    }

    [Fact]
    public void A_noun_of_the_verbs_own_kind_is_what_the_verb_acts_on()
    {
        Assert.Equal("057", Assert.Single(Code("Freedonia signed a new accord with Sylvania.").Events).Cameo);
        Assert.Equal("057", Assert.Single(Code("Freedonia signed a 20-year-old accord with Sylvania.").Events).Cameo);
    }

    [Fact]
    public void A_cut_in_relations_that_names_no_one_answers_the_storys_other_side()
    {
        Assert.Contains(("SANCTION", "FRD", "SYL", null, Modality.Asserted), Events("Sylvania bombed Fredville. Freedonia put a decades-old water-sharing treaty on hold."));
    }

    [Fact]
    public void A_possessor_reaches_across_a_hyphenated_modifier()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia’s long-delayed formal talks with Sylvania began."));
    }

    [Fact]
    public void Praise_of_a_decision_refers_back_to_a_cooperative_act_not_a_hostile_one()
    {
        var events = Events("Freedonia met Sylvania on Monday. Grand Fenwick bombed Sylvania on Tuesday. Freedonia welcomed the decision on Wednesday.");
        Assert.Contains(("SUPPORT", "FRD", "SYL", "2024-03-06", Modality.Asserted), events);
    }

    [Fact]
    public void A_description_judges_the_act_its_gap_names_and_an_opposition_judges_its_own_government()
    {
        Assert.Contains(Events("Freedonia met Sylvania on Monday. Grand Fenwick called the talks a threat."),
            e => e.Type == "ACCUSE" && e.Actors == "GFW" && e.Recipients == "FRD,SYL");
        Assert.Contains(("ACCUSE", "FRD", "FRD", "2024-03-11", Modality.Asserted),
            Events("Freedonia signed a pact with Sylvania on Monday. The Freedonian opposition called the pact a threat."));
    }

    [Fact]
    public void A_bare_it_after_praise_is_the_act_just_reported_but_not_the_start_of_a_clause()
    {
        Assert.Contains(Events("Freedonia met Sylvania on Monday. Grand Fenwick welcomed it."),
            e => e.Type == "SUPPORT" && e.Actors == "GFW" && e.Recipients.Contains("FRD", StringComparison.Ordinal));
        Assert.DoesNotContain(Events("Freedonia met Sylvania on Monday. Grand Fenwick welcomed it would help."), e => e.Actors == "GFW");
    }

    [Fact]
    public void Praise_of_an_act_named_by_its_kind_goes_to_its_doer_even_when_the_act_is_hostile()
    {
        Assert.Contains(("SUPPORT", "GFW", "FRD", "2024-03-11", Modality.Asserted),
            Events("Freedonia expelled two Sylvanian diplomats on Monday. Grand Fenwick welcomed the expulsion."));
    }

    [Fact]
    public void Praise_of_a_rapprochement_refers_back_to_the_agreement_that_made_it()
    {
        var events = Events("Freedonia signed a pact with Sylvania on Monday. Grand Fenwick welcomed the rapprochement.");
        Assert.Contains(events, e => e.Type == "SUPPORT" && e.Actors == "GFW" && e.Recipients.Contains("FRD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Freedonia met with exiled opposition figures from Sylvania.", "SYL")]
    [InlineData("Freedonia met with exiled opposition figures in Sylvania.", "")]
    public void A_recipient_may_follow_a_few_words_that_say_whose_they_are(string text, string recipient)
    {
        Assert.Equal(recipient, string.Join(',', Events(text).Select(e => e.Recipients)));
    }

    [Fact]
    public void A_participle_right_after_its_noun_is_a_passive()
    {
        Assert.Equal([("ACCUSE", "SYL", "FRD", null, Modality.Asserted)], Events("Sylvania said Freedonian protesters accused of spying had left."));
    }

    [Fact]
    public void A_noun_after_a_word_of_cause_is_not_the_act_of_the_clauses_subject()
    {
        Assert.DoesNotContain(Events("Freedonia expelled the Sylvanian ambassador after the charge that Grand Fenwick spied."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Those_who_attend_together_do_not_meet_each_other()
    {
        Assert.Empty(Code("Freedonia and Sylvania attended on Monday.").Events);
        Assert.Single(Code("Freedonia and Sylvania met on Monday.").Events);
    }

    [Theory]
    [InlineData("Freedonia bombed Sylvania on Monday. Sylvania said it had released Freedonian prisoners.", "2024-03-11")]
    [InlineData("Freedonia bombed Sylvania on Monday. Sylvania had released Freedonian prisoners.", null)]
    public void The_past_perfect_of_reported_speech_is_not_background(string text, string? date)
    {
        Assert.Equal(date, Assert.Single(Code(text).Events, e => e.Type == "RETREAT").Date?.Start.ToString());
    }

    [Fact]
    public void A_threat_declared_for_the_future_is_made_by_declaring_it()
    {
        Assert.Equal([("THREATEN", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia will warn Sylvania."));
    }

    [Fact]
    public void A_strike_in_a_region_of_a_country_lands_in_that_country()
    {
        Assert.Contains(("ASSAULT", "FRD", "SYL", null, Modality.Asserted), Events("Freedonian jets bombed more than 75 rebel targets in northern Sylvania."));
        Assert.Contains(("ASSAULT", "FRD", "SYL", null, Modality.Asserted), Events("Freedonian jets bombed more than 75 rebel targets in the north of Sylvania."));
    }

    [Fact]
    public void A_participle_phrase_after_a_protest_crowd_leaves_the_crowd_the_subject()
    {
        Assert.Contains(Events("Protesters angered by the planned vote rallied outside the Sylvanian embassy in Fredville."),
            e => e.Type == "PROTEST" && e.Actors == "FRD" && e.Recipients == "SYL");
        Assert.Contains(Events("Protesters waving banners rallied outside the Sylvanian embassy in Fredville."),
            e => e.Type == "PROTEST" && e.Actors == "FRD" && e.Recipients == "SYL");
    }

    [Fact]
    public void A_protest_with_no_target_by_people_of_a_country_is_against_their_own_government()
    {
        Assert.Equal([("PROTEST", "FRD", "FRD", null, Modality.Asserted)], Events("The Freedonian opposition rallied."));
        Assert.Equal([("PROTEST", "FRD", "SYL", null, Modality.Asserted)], Events("The Freedonian opposition rallied outside the Sylvanian embassy."));
    }

    [Fact]
    public void A_sanction_someone_ends_is_eased_not_imposed()
    {
        Assert.Equal([("RETREAT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia discontinued the restrictions on Sylvania."));
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia imposed the restrictions on Sylvania."));
    }

    [Fact]
    public void A_warning_after_a_quotation_attributes_the_blame_in_it()
    {
        // Grand Fenwick, the story's most named other side, is not who speaks: the group after the quotation is.
        var document = Code("Freedonia bombed the Free Sylvania Front. Grand Fenwick met Freedonia, and Grand Fenwick praised Freedonia. Grand Fenwick left. "
            + "\"Freedonia caused a blatant violation,\" the group warned.");
        var blame = Assert.Single(document.Events, e => e.Type == "ACCUSE");
        Assert.Equal(("SYL", "FRD"), (blame.Actors[0].Country, blame.Recipients[0].Country));
    }

    [Fact]
    public void Backing_described_as_an_attribute_or_in_the_present_is_a_standing_alliance()
    {
        Assert.DoesNotContain(Events("The Sylvanian rebels, backed by Freedonia, met Grand Fenwick."), e => e.Type == "SUPPORT");
        Assert.DoesNotContain(Events("The Sylvanian rebels, who are backed by Freedonia, met Grand Fenwick."), e => e.Type == "SUPPORT");
        Assert.Contains(("SUPPORT", "FRD", "SYL", "2024-03-11", Modality.Asserted), Events("Freedonia backed Sylvania on Monday."));
    }

    [Fact]
    public void Who_says_a_participle_of_saying_after_a_comma_is_the_clauses_subject()
    {
        var events = Events("Freedonia expelled envoys of Grand Fenwick and Sylvania, saying Sylvania had caused a blatant violation.");
        Assert.Contains(("ACCUSE", "FRD", "SYL", null, Modality.Asserted), events);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actors.Contains("GFW", StringComparison.Ordinal));
    }

    [Fact]
    public void Neither_negates_like_not()
    {
        Assert.DoesNotContain(Events("Freedonia said it would neither meet Sylvania nor talk."), e => e.Modality == Modality.Future);
        Assert.Contains(Events("Freedonia said it would meet Sylvania."), e => e.Modality == Modality.Future);
    }

    [Fact]
    public void A_side_that_follows_suit_does_the_last_act_reported_to_its_recipients()
    {
        Assert.Contains(("SANCTION", "GFW", "SYL", "2024-03-11", Modality.Asserted),
            Events("Freedonia expelled the Sylvanian ambassador on Monday. Grand Fenwick followed suit."));
        Assert.Contains(("SANCTION", "GFW", "SYL", "2024-03-11", Modality.Asserted),
            Events("Freedonia expelled the Sylvanian ambassador on Monday. Grand Fenwick did the same."));
        Assert.DoesNotContain(Events("Freedonia expelled the Sylvanian ambassador on Monday. Grand Fenwick followed."), e => e.Actors == "GFW");
    }

    [Fact]
    public void A_complaint_promised_against_no_one_named_answers_the_story_s_other_side()
    {
        Assert.Contains(("ACCUSE", "FRD", "SYL", null, Modality.Future),
            Events("Sylvania recalled its ambassador from Freedonia on Monday. Freedonia said it would file a complaint with international bodies."));
    }

    [Fact]
    public void A_verb_after_and_with_no_subject_of_its_own_shares_the_subject_of_the_act_before_it()
    {
        // Neither the object of the first act nor the speaker of the sentence files the complaint.
        var coded = Events("Sylvanian President Vera Trentino said Freedonia would expel the Sylvanian ambassador for breaking many of its old rules and would file a complaint.");
        Assert.Contains(("ACCUSE", "FRD", "SYL", null, Modality.Future), coded);
        Assert.DoesNotContain(coded, e => e.Type == "ACCUSE" && e.Actors != "FRD");
    }

    [Fact]
    public void A_parliament_and_a_court_judging_their_own_government_are_two_sides_of_one_country()
    {
        Assert.Contains(("ACCUSE", "FRD", "FRD", null, Modality.Asserted), Events("The Freedonian parliament condemned President Rufus Firefly."));
        Assert.Contains(("ACCUSE", "FRD", "FRD", null, Modality.Asserted), Events("A Freedonian court condemned President Rufus Firefly."));
    }

    [Fact]
    public void A_people_named_by_their_demonym_are_citizens_but_the_demonym_after_the_is_their_government()
    {
        var rally = Assert.Single(Code("Thousands of Freedonians rallied in Fredville on Monday.").Events);
        Assert.Equal(("PROTEST", "FRD", "CVL", "FRD", "GOV"), (rally.Type, rally.Actors[0].Country, rally.Actors[0].Sector, rally.Recipients[0].Country, rally.Recipients[0].Sector));
        var rejection = Assert.Single(Code("Sylvania made an offer. The Freedonians rejected the plan.").Events);
        Assert.Equal(("REJECT", "GOV", "SYL"), (rejection.Type, rejection.Actors[0].Sector, rejection.Recipients[0].Country));
    }

    [Fact]
    public void The_place_of_a_passive_names_an_unnamed_host_but_not_an_unnamed_accuser()
    {
        Assert.DoesNotContain(Events("Freedonian officials were accused of abuses in Port Marx."), e => e.Actors == "SYL");
    }

    [Fact]
    public void Praise_of_the_decision_with_no_cooperative_act_reported_goes_to_the_doer_of_the_leading_act()
    {
        Assert.Contains(("SUPPORT", "GFW", "FRD", null, Modality.Asserted),
            Events("Freedonia expelled the Sylvanian ambassador. Sylvania expelled Freedonian diplomats. Grand Fenwick welcomed the decision."));
    }

    [Fact]
    public void A_relative_clause_led_by_a_preposition_holds_no_subject_of_the_verb_after_it()
    {
        Assert.Equal([("ASSAULT", "SYL", "GFW", null, Modality.Asserted)], Events("The Sylvanian army, of which Freedonia is an ally, bombed Grand Fenwick."));
    }

    [Fact]
    public void An_act_named_as_what_someone_asks_for_is_not_done()
    {
        Assert.Equal([("REQUEST", "SYL", "FRD", null, Modality.Asserted)], Events("Sylvania urged Rufus Firefly's resignation."));
    }

    [Fact]
    public void Backing_as_a_hyphenated_attribute_is_no_act_of_support()
    {
        Assert.DoesNotContain(Events("Sylvania-backed fighters attacked Fredville."), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void It_after_that_in_what_someone_says_is_the_speaker_not_the_last_party_named()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)],
            Events("Freedonia said the envoy was wanted by the League of Nations and that it had urged Sylvania to arrest him."));
    }

    [Fact]
    public void A_visit_one_is_due_at_is_to_come()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", Modality.Future)], Events("President Rufus Firefly was due in Port Marx.").Select(e => (e.Type, e.Actors, e.Recipients, e.Modality)));
    }

    [Fact]
    public void A_negation_in_the_clause_before_and_does_not_negate_the_verb_after_it()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia got no explanation and expelled the Sylvanian ambassador."));
    }

    [Fact]
    public void Blame_of_an_act_not_coded_goes_to_the_owner_an_earlier_mention_gave_it()
    {
        Assert.Contains(("ACCUSE", "GFW", "FRD", null, Modality.Asserted),
            Events("Sylvania recalled its ambassador after Freedonia's execution of a journalist. Grand Fenwick condemned the execution."));
    }

    [Fact]
    public void Two_sides_named_together_that_clash_each_act_on_the_other_but_a_history_of_clashes_is_no_act()
    {
        Assert.Equal([("ASSAULT", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("ASSAULT", "SYL", "FRD", "2024-03-11", Modality.Asserted)],
            Events("Freedonia and Sylvania clashed on Monday."));
        Assert.Empty(Events("Freedonia and Sylvania have clashed over fishing for years."));
    }

    [Fact]
    public void Praise_of_the_decision_can_refer_back_to_a_recognition()
    {
        Assert.Contains(("SUPPORT", "GFW", "FRD", null, Modality.Asserted), Events("Freedonia recognised Sylvania. Grand Fenwick welcomed the decision."));
    }

    [Fact]
    public void A_day_or_an_owner_with_s_may_stand_where_the_article_does_before_the_act_judged()
    {
        const string Ruling = "The Sylvanian court rejected the Freedonian claim on Monday. ";
        Assert.Contains(Events(Ruling + "Grand Fenwick welcomed Monday's ruling."), e => e is { Type: "SUPPORT", Actors: "GFW", Recipients: "SYL" });
        Assert.Contains(Events(Ruling + "Grand Fenwick welcomed the court's ruling."), e => e is { Type: "SUPPORT", Actors: "GFW", Recipients: "SYL" });
    }

    [Fact]
    public void Riot_control_with_no_one_named_falls_on_the_people_where_the_sentence_places_it()
    {
        Assert.Contains(("COERCE", "FRD", "FRD", null, Modality.Asserted), Events("Freedonian police fired tear gas."));
        Assert.Contains(("COERCE", "FRD", "SYL", null, Modality.Asserted), Events("In Port Marx, Freedonian soldiers fired tear gas."));
        // The weapon named as a noun ("with tear gas") is no act on the wielder's own people.
        Assert.DoesNotContain(Events("The Freedonian coast guard hit a fishing boat with tear gas."), e => e.Recipients == "FRD");
    }

    [Fact]
    public void After_opens_a_clause_whose_subject_may_intend_the_act()
    {
        var expulsion = Assert.Single(Code("Grand Fenwick protested after Freedonia pledged to expel the Sylvanian ambassador.").Events, e => e.Type == "SANCTION");
        Assert.Equal(("FRD", "SYL"), (expulsion.Actors[0].Country, expulsion.Recipients[0].Country));
    }

    [Fact]
    public void Blame_of_an_act_whose_doer_follows_by_goes_to_that_doer()
    {
        Assert.Contains(("ACCUSE", "FRD", "SYL", null, Modality.Asserted),
            Events("Grand Fenwick expelled Freedonian diplomats. Freedonia condemned what it called a cynical move by Sylvania."));
    }

    [Fact]
    public void Acts_of_one_kind_listed_on_different_sides_in_one_sentence_are_each_an_act()
    {
        var coded = Code("President Rufus Firefly announced that he was dismissing the Freedonian defence minister, suspending parliament for 30 days and closing schools.").Events;
        Assert.Equal(["coerce.dismiss-gap-minister", "coerce.suspend-parliament"], coded.Select(e => e.Evidence.PatternId).Order());
        Assert.All(coded, e => Assert.Equal(("COERCE", "FRD", "FRD"), (e.Type, e.Actors[0].Country, e.Recipients[0].Country)));
    }

    [Fact]
    public void An_act_in_an_opening_time_phrase_with_its_party_is_done_by_the_subject_after_its_comma()
    {
        Assert.Equal([("CONSULT", "GFW", "SYL", null, Modality.Asserted)], Events("After talks with Sylvania, Grand Fenwick said little."));
        Assert.Empty(Events("After the talks, Grand Fenwick said little."));
    }

    [Fact]
    public void An_act_in_an_opening_participle_phrase_is_done_by_the_subject_after_its_comma()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", null, Modality.Asserted)], Events("Speaking after talks with Sylvania in Port Marx, Freedonia said little."));
    }

    [Fact]
    public void A_verb_after_and_shares_the_clauses_subject_and_him_is_the_object_named_before()
    {
        Assert.Contains(("REQUEST", "SYL", "FRD", null, Modality.Asserted),
            Events("Sylvanian President Vera Trentino met Freedonian President Rufus Firefly and urged him to leave."));
    }

    [Fact]
    public void A_verb_of_saying_that_is_itself_the_act_leaves_the_subject_to_the_verb_after_and()
    {
        // "declared" reports nothing here: Freedonia gives the envoy 48 hours; the envoy does not act on Freedonia.
        Assert.All(Events("Freedonia declared Sylvania's ambassador persona non grata on Monday and gave him 48 hours to leave."),
            e => Assert.Equal(("SANCTION", "FRD", "SYL"), (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void A_date_after_a_verb_of_saying_dates_the_saying_and_the_acts_own_date_dates_the_act()
    {
        Assert.Equal([("SUPPORT", "FRD", "SYL", "2024-03-15", Modality.Future)], Events("Freedonia said on Monday it would recognise Sylvania on March 15."));
        Assert.Equal([("SUPPORT", "FRD", "SYL", "2024-03-11", Modality.Future)], Events("Freedonia said on Monday it would recognise Sylvania."));
        // A date in a clause of its own dates something else.
        Assert.Equal([("SUPPORT", "FRD", "SYL", "2024-03-11", Modality.Future)], Events("Freedonia said on Monday it would recognise Sylvania, after talks on March 15."));
    }

    [Fact]
    public void What_something_is_described_as_follows_as_however_long_the_object()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)],
            Events("Freedonia described the sudden arrival of three more Sylvanian warships off the northern coast as a threat."));
        Assert.Empty(Events("Freedonia described the sudden arrival of three more Sylvanian warships off the northern coast as routine."));
    }

    [Fact]
    public void A_date_in_an_acts_own_relative_clause_dates_it_before_the_main_clauses_date()
    {
        Assert.Contains(("SANCTION", "SYL", "FRD", "2024-02", Modality.Asserted),
            Events("On Monday Freedonia expelled the Sylvanian ambassador, who had already been recalled from Freedonia last month."));
    }

    [Fact]
    public void Recognition_held_or_withheld_is_a_state_but_recognising_is_an_act()
    {
        Assert.Empty(Events("Freedonia does not recognise Sylvania."));
        Assert.Empty(Events("Freedonia did not recognise Sylvania."));
        Assert.Empty(Events("Freedonia already recognises Sylvania."));
        Assert.Equal([("SUPPORT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia recognised Sylvania."));
        Assert.Equal([("SUPPORT", "FRD", "SYL", null, Modality.Future)], Events("Freedonia will recognise Sylvania."));
    }

    [Fact]
    public void A_verb_after_a_comma_and_and_shares_the_clauses_subject_when_an_apposition_closes_the_object()
    {
        Assert.Contains(("REQUEST", "FRD", "SYL", "2024-03-11", Modality.Asserted),
            Events("On Monday Freedonia expelled several diplomats of Grand Fenwick, the League of Nations, and urged Sylvania to leave."));
        Assert.DoesNotContain(Events("On Monday Freedonia expelled several diplomats of Grand Fenwick, the League of Nations, and urged Sylvania to leave."),
            e => e.Type == "REQUEST" && e.Actors != "FRD");
    }

    [Fact]
    public void A_participle_after_a_short_singular_noun_and_before_by_is_a_passive_describing_that_noun()
    {
        Assert.DoesNotContain(Events("Freedonia rejected a new map welcomed by Sylvania."), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void A_protest_an_act_is_done_in_is_its_motive_not_a_second_act()
    {
        Assert.Equal(["CONSULT"], Events("Freedonia met Grand Fenwick on Monday, in protest at Sylvania's decision.").Select(e => e.Type));
    }

    [Fact]
    public void Soldiers_who_seize_power_act_on_their_own_government()
    {
        var coup = Assert.Single(Code("Sylvanian soldiers seized power on Monday.").Events);
        Assert.Equal(("COERCE", "SYL", "SYL", "GOV"), (coup.Type, coup.Actors[0].Country, coup.Recipients[0].Country, coup.Recipients[0].Sector));
        Assert.Empty(Code("Sylvanian President Vera Trentino seized power on Monday.").Events);
    }

    [Fact]
    public void Rebels_warn_the_one_who_struck_them_while_an_opposition_answers_its_own_government()
    {
        Assert.Contains(("THREATEN", "SYL", "FRD", null, Modality.Asserted), Events("Freedonia bombed Sylvanian rebels. Sylvanian rebels warned of revenge."));
        Assert.Contains(("THREATEN", "SYL", "SYL", null, Modality.Asserted), Events("Freedonia bombed Sylvania. The Sylvanian opposition warned of revenge."));
    }

    [Fact]
    public void Each_place_of_a_list_after_a_trigger_stands_for_its_government()
    {
        Assert.Contains(("CONSULT", "GFW", "FRD,SYL", null, Modality.Asserted), Events("Grand Fenwick visited Fredville and Sylvan City."));
    }

    [Fact]
    public void Praise_of_the_ruling_goes_to_the_one_whose_order_it_is()
    {
        var events = Events("The Sylvanian court urged Freedonia to leave. Freedonia urged Sylvania to talk. Grand Fenwick welcomed the ruling.");
        Assert.Contains(("SUPPORT", "GFW", "SYL", null, Modality.Asserted), events);
        Assert.DoesNotContain(events, e => e.Type == "SUPPORT" && e.Recipients == "FRD");
    }

    [Fact]
    public void A_date_inside_a_since_clause_after_the_act_dates_that_clause_not_the_act()
    {
        Assert.Equal([null], Events("Freedonia expelled the Sylvanian ambassador, the first expulsion since the war began on Monday.").Select(e => e.Date));
        Assert.Equal(["2024-03-11"], Events("Freedonia expelled the Sylvanian ambassador on Monday, the first expulsion since the war began.").Select(e => e.Date));
    }

    [Fact]
    public void A_person_the_text_does_not_know_arrested_by_a_countrys_forces_is_one_of_its_people()
    {
        Assert.Contains(("COERCE", "FRD", "FRD", "2024-03-11", Modality.Asserted), Events("Amelia Marx was arrested by Freedonian police on Monday."));
        Assert.Empty(Events("The plan was arrested by Freedonian police on Monday."));
    }

    [Fact]
    public void Protesters_who_clash_with_police_riot_against_their_government()
    {
        var riot = Assert.Single(Code("FREDVILLE \u2014 Freedonia spoke. Protesters clashed with police.").Events);
        Assert.Equal(("PROTEST", "145", "FRD", "FRD"), (riot.Type, riot.Cameo, riot.Actors[0].Country, riot.Recipients[0].Country));
    }

    [Fact]
    public void Troops_and_police_do_not_protest()
    {
        Assert.DoesNotContain(Events("Freedonian police rallied outside the Sylvanian embassy."), e => e.Type == "PROTEST");
        Assert.Contains(Events("Freedonian protesters rallied outside the Sylvanian embassy."), e => e.Type == "PROTEST");
    }

    [Fact]
    public void A_verb_after_and_in_reported_speech_shares_the_reported_subject()
    {
        Assert.Contains(Code("Sylvanian President Vera Trentino met Freedonian President Rufus Firefly, saying the two sides had made progress and signed a pact.").Events,
            e => e.Type == "AGREE" && e.Actors.Select(a => a.Country).Order().SequenceEqual(["FRD", "SYL"]));
    }

    [Theory]
    [InlineData("Sylvanian President Vera Trentino said Freedonia had caused a grave violation.")]
    [InlineData("\u201cFreedonia caused a grave violation,\u201d the Sylvanian president said.")]
    public void An_idiom_of_blame_is_the_speakers_act_on_its_subject(string text)
    {
        Assert.Equal([("ACCUSE", "SYL", "FRD", null, Modality.Asserted)], Events(text));
    }

    [Fact]
    public void A_person_and_his_counterpart_act_together()
    {
        var coded = Assert.Single(Code("Freedonian President Rufus Firefly and his Sylvanian counterpart met on Monday.").Events);
        Assert.Equal(["FRD", "SYL"], coded.Actors.Select(a => a.Country));
    }

    [Fact]
    public void Two_titled_people_joined_by_and_act_together()
    {
        // "President" names no country, so it stands between the two people; "and" still joins them.
        var coded = Assert.Single(Code("President Vera Trentino of Sylvania and President Rufus Firefly of Freedonia met on Monday.").Events);
        Assert.Equal(["SYL", "FRD"], coded.Actors.Select(a => a.Country));
        Assert.Equal(["SYL", "FRD"], coded.Recipients.Select(a => a.Country));
    }

    [Fact]
    public void A_title_after_a_comma_names_the_speaker_not_one_more_party()
    {
        Assert.Equal(
            [("REQUEST", "FRD", "GFW", null, Modality.Asserted)],
            Events("Freedonia urged the government of Grand Fenwick, President Vera Trentino said."));
    }

    [Fact]
    public void Separate_meetings_with_two_sides_are_two_events()
    {
        Assert.Equal(
            [("CONSULT", "FRD", "SYL"), ("CONSULT", "FRD", "GFW")],
            Dyads("President Rufus Firefly of Freedonia met separately the Sylvanian foreign minister and the Grand Fenwick ambassador."));
        Assert.Equal(
            [("CONSULT", "FRD", "SYL,GFW")],
            Dyads("President Rufus Firefly of Freedonia met the Sylvanian foreign minister and the Grand Fenwick ambassador."));
    }

    [Fact]
    public void What_is_said_after_that_is_judged_however_far_the_verb()
    {
        Assert.Equal(
            [("ACCUSE", "SYL", "FRD")],
            Dyads("Sylvania said in a long statement on Monday evening that Freedonia's demands were outrageous."));
        // A blame the words deny is none.
        Assert.Empty(Events("Sylvania said in a long statement on Monday evening that Freedonia posed no serious threat."));
    }

    [Fact]
    public void A_participle_of_speech_after_the_one_written_to_is_the_writer_s()
    {
        Assert.Equal(
            [("ACCUSE", "FRD", "SYL")],
            Dyads("President Rufus Firefly of Freedonia wrote to President Vera Trentino calling Sylvania's demands outrageous."));
    }

    [Fact]
    public void Sides_that_praise_together_praise_another_s_act_not_each_other()
    {
        Assert.Equal(
            [("SANCTION", "FRD", "SYL"), ("SUPPORT", "GFW,SYL", "FRD")],
            Dyads("Freedonia expelled the Sylvanian ambassador on Monday. Grand Fenwick and Sylvania welcomed the initiative."));
        // Recognition is joint: two sides recognising each other need no one else.
        Assert.Equal(
            [("SUPPORT", "GFW,SYL", "GFW,SYL")],
            Dyads("Grand Fenwick and Sylvania recognised each other on Monday."));
    }

    [Fact]
    public void A_passive_relative_clause_is_about_the_noun_before_its_pronoun()
    {
        Assert.DoesNotContain(
            ("COERCE", "SYL", "FRD"),
            Dyads("Freedonia agreed to take in migrants who were arrested by Sylvania."));
        Assert.Contains(
            ("COERCE", "SYL", "FRD"),
            Dyads("Freedonia protested on behalf of Freedonian soldiers, who were arrested by Sylvania."));
    }

    [Fact]
    public void An_agreement_to_do_something_for_no_one_named_is_made_with_the_story_s_other_side()
    {
        Assert.Contains(
            ("AGREE", "FRD", "SYL"),
            Dyads("Sylvania expelled the Freedonian ambassador on Monday. Freedonia agreed on Tuesday to receive 200 migrants."));
        // Asked to agree is no agreement made.
        Assert.DoesNotContain(
            ("AGREE", "FRD", "SYL"),
            Dyads("Sylvania expelled the Freedonian ambassador on Monday. Freedonia should agree to receive 200 migrants."));
    }

    [Fact]
    public void An_act_named_as_the_issue_under_discussion_is_a_topic_not_news()
    {
        Assert.DoesNotContain(Events("Freedonia raised the issue of Sylvania's strikes on Fredville."), e => e.Type == "ASSAULT");
        Assert.Contains(Events("Freedonia condemned Sylvania's strikes on Fredville."), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Sides_that_accuse_each_other_each_accuse_the_other()
    {
        Assert.Equal(
            [("ACCUSE", "FRD", "SYL"), ("ACCUSE", "SYL", "FRD")],
            Dyads("Freedonia and Sylvania accused each other of lying."));
    }

    [Fact]
    public void Blame_of_an_attack_on_someone_goes_to_the_attacker_the_story_named()
    {
        Assert.Contains(
            ("ACCUSE", "GFW", "SYL"),
            Dyads("Sylvania bombed Fredville on Monday. Grand Fenwick condemned the strike on Freedonia."));
        // With no attacker told, the one named is all the sentence gives.
        Assert.Contains(
            ("ACCUSE", "GFW", "FRD"),
            Dyads("Grand Fenwick condemned the strike on Freedonia."));
    }

    [Fact]
    public void A_bloc_meeting_as_itself_is_a_multilateral_meeting()
    {
        var coded = Assert.Single(Code("The League of Nations met in Fredville on Monday.").Events);
        Assert.Equal(("CONSULT", "multilateral", "IGO", 0), (coded.Type, coded.Mode, coded.Actors[0].Country, coded.Recipients.Count));
        // A participle sets the scene for what the bloc says; it is no meeting of its own.
        Assert.DoesNotContain(Code("The League of Nations, meeting in Fredville, praised Sylvania's patience.").Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_verb_after_but_is_the_sentence_subject_s_not_its_object_s()
    {
        Assert.DoesNotContain(Events("Analysts said the move would please Sylvania but warned that it could cost Freedonia dearly."), e => e.Type == "THREATEN");
        Assert.Contains(
            ("THREATEN", "FRD", "SYL"),
            Dyads("Freedonia praised Grand Fenwick but warned Sylvania."));
    }

    [Fact]
    public void To_host_something_in_the_present_is_to_have_it()
    {
        var pipeline = WithPatterns("consult.host\t043\tCONSULT\tvisit\t~host\tverb\t\n");
        IEnumerable<string> Types(string text) => Code(text, pipeline).Events.Select(e => e.Type);
        Assert.DoesNotContain("CONSULT", Types("Freedonia hosts a Sylvanian naval base."));
        Assert.DoesNotContain("CONSULT", Types("Freedonia hosts about 1,500 Sylvanian troops."));
        Assert.DoesNotContain("CONSULT", Types("Freedonia hosts the only permanent Sylvanian military base in the region."));
        Assert.Contains("CONSULT", Types("Freedonia hosted the Sylvanian president on Monday."));
    }

    [Fact]
    public void Aid_pledged_is_aid_to_come()
    {
        var pipeline = WithPatterns("aid.give-gap-million\t070\tAID\t\t~give * million\tverb\tto|for\n"
                + "aid.pledge-gap-million\t070\tAID\t\t~pledge * million\tverb\tto|for\n");
        Modality ModalityOf(string text) => Assert.Single(Code(text, pipeline).Events).Modality;
        Assert.Equal(Modality.Future, ModalityOf("Freedonia pledged $100 million to Sylvania."));
        Assert.Equal(Modality.Asserted, ModalityOf("Freedonia gave $100 million to Sylvania."));
    }

    [Fact]
    public void A_wish_is_a_request_only_of_the_one_named_before_to()
    {
        var pipeline = WithPatterns("request.want-gap-to\t0331\tREQUEST\t\t~want * to\tverb\t\n"
                + "request.expect-to\t0331\tREQUEST\t\t~expect * to\tverb\t\n");
        Assert.Equal([("REQUEST", "FRD", "SYL")], Dyads("Freedonia expects Sylvania to withdraw its troops.", pipeline));
        Assert.Equal([("REQUEST", "FRD", "SYL")], Dyads("Freedonia wanted Sylvania to pay.", pipeline));
        Assert.Empty(Dyads("Freedonia wants access to Sylvanian ports.", pipeline));
        Assert.DoesNotContain(Dyads("Freedonian and Sylvanian ministers are expected to meet next week.", pipeline), d => d.Type == "REQUEST");
    }

    [Fact]
    public void A_hyphenated_word_of_blame_is_one_word()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL")], Dyads("Freedonia said the Sylvanian plan was one-sided."));
    }

    [Fact]
    public void The_one_blamed_stands_between_the_verb_and_the_blame()
    {
        var pipeline = WithPatterns("accuse.argue-judgement\t112\tACCUSE\t\t~argue\tverb\t!\n");
        var events = Code("Sylvania and Grand Fenwick recalled their envoys from Freedonia. "
                + "Sylvanian President Rufus Firefly argued on social media that Freedonia was an outrageous bully.", pipeline).Events;
        var blame = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(("SYL", "FRD"), (blame.Actors[0].Country, Assert.Single(blame.Recipients).Country));
    }

    [Fact]
    public void An_act_of_years_ago_does_not_absorb_the_news()
    {
        var events = Events("Freedonia has expelled Sylvanian diplomats. Freedonia also expelled Sylvanian diplomats in 2009.");
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], events);
    }

    [Fact]
    public void A_first_since_then_is_fresh_news()
    {
        var events = Events("Freedonia expelled the Sylvanian ambassador on Monday. "
            + "Grand Fenwick has also expelled the Sylvanian ambassador, the first country to take that step since the war began.");
        Assert.Equal(("SANCTION", "GFW", "SYL", "2024-03-11"), events.Select(e => (e.Type, e.Actors, e.Recipients, e.Date)).Last());
    }

    [Fact]
    public void A_done_act_takes_no_day_after_the_story()
    {
        var events = Events("Freedonia backed Sylvania and briefed it on a census that will prepare a vote next year.");
        Assert.Equal([("SUPPORT", "FRD", "SYL", null, Modality.Asserted)], events);
    }

    [Fact]
    public void Two_sides_ending_a_bond_they_share_do_one_act_on_each_other()
    {
        Assert.Equal([("SANCTION", "FRD,SYL", "FRD,SYL")], Dyads("Freedonia and Sylvania put their talks on hold."));
        // Envoys are each side's own: recalling them is no shared act.
        Assert.DoesNotContain(("SANCTION", "FRD,SYL", "FRD,SYL"), Dyads("Freedonia and Sylvania put their envoys on hold."));
    }

    [Fact]
    public void A_host_receives_people_not_things()
    {
        var pipeline = WithPatterns("consult.receive\t043\tCONSULT\tvisit\t~receive\tverb\t\n");
        IEnumerable<string> Types(string text) => Code(text, pipeline).Events.Select(e => e.Type);
        Assert.Contains("CONSULT", Types("Freedonia received ministers from the Sylvanian government on Monday."));
        Assert.DoesNotContain("CONSULT", Types("Freedonia has received support from Sylvania."));
        Assert.DoesNotContain("CONSULT", Types("Freedonia has received three Sylvanian flights."));
    }

    [Fact]
    public void A_call_named_as_the_means_of_saying_is_between_the_speaker_and_the_one_told()
    {
        var pipeline = WithPatterns("consult.telephone-call\t040\tCONSULT\tphone\ttelephone ~call\tnoun\twith|to|from\n");
        var call = Assert.Single(Code("Freedonia told Sylvania in a telephone call that the border would reopen.", pipeline).Events);
        Assert.Equal(("CONSULT", "FRD", "SYL"), (call.Type, call.Actors[0].Country, Assert.Single(call.Recipients).Country));
    }

    [Fact]
    public void A_protest_an_act_is_done_for_is_its_motive()
    {
        var pipeline = WithPatterns("accuse.summon\t111\tACCUSE\t\t~summon\tverb\t\nprotest.protest\t141\tPROTEST\tdemo\t~protest\tverb\tagainst\n");
        Assert.Equal([("ACCUSE", "FRD", "SYL")], Dyads("Freedonia summoned Sylvania's ambassador on Monday to protest against the border closure.", pipeline));
    }

    [Fact]
    public void Protests_named_as_what_something_is_about_are_background()
    {
        Assert.DoesNotContain(Events("Sylvania condemned the crackdown on protests against Freedonia."), e => e.Type == "PROTEST");
        Assert.Contains(Events("Sylvanian protesters staged protests against Freedonia on Monday."), e => e.Type == "PROTEST");
    }

    [Fact]
    public void A_bare_suspension_answers_no_one_the_sentence_does_not_name()
    {
        var pipeline = WithPatterns("sanction.suspend\t160\tSANCTION\twithdraw\t~suspend\tverb\twith\n");
        Assert.Equal([("SANCTION", "FRD", "SYL")], Dyads("Freedonia expelled Sylvanian diplomats. Freedonia suspended operations at its mission.", pipeline));
        Assert.Equal([("SANCTION", "FRD", "SYL")], Dyads("Freedonia suspended cooperation with Sylvania.", pipeline));
    }

    [Fact]
    public void As_opens_another_clause_whose_parties_are_not_the_acts()
    {
        Assert.DoesNotContain(Dyads("The visit of Freedonian talks comes as relations between Sylvania and Grand Fenwick sour."),
            d => d.Actors.Contains("SYL", StringComparison.Ordinal) || d.Recipients.Contains("SYL", StringComparison.Ordinal));
    }

    [Fact]
    public void Forces_readied_with_no_one_named_face_the_storys_other_side()
    {
        var pipeline = WithPatterns("mobilize.put-gap-on-alert\t154\tMOBILIZE\ttroops\t~put * on alert\tverb\t\n");
        var events = Code("Freedonia accused Sylvania of occupying the border hills. Freedonia has put its army on alert.", pipeline).Events;
        var alert = Assert.Single(events, e => e.Type == "MOBILIZE");
        Assert.Equal(("FRD", "SYL"), (alert.Actors[0].Country, string.Join(',', alert.Recipients.Select(r => r.Country))));
    }

    [Fact]
    public void A_welcome_of_his_release_is_praise_of_the_one_who_released_him()
    {
        var pipeline = WithPatterns("retreat.release.noun\t0841\tRETREAT\trelease\t~release\tnoun\tof\n");
        Assert.Equal([("RETREAT", "FRD", "SYL"), ("SUPPORT", "SYL", "FRD")], Dyads("Freedonia released a Sylvanian journalist on Monday. Sylvania welcomed his release.", pipeline));
    }

    [Fact]
    public void An_act_none_of_them_did_is_negated()
    {
        Assert.Equal(
            [("COERCE", Modality.Negated)],
            Code("Sylvania and Grand Fenwick expelled Freedonian envoys, and none of them arrested the Freedonian ambassador.").Events
                .Where(e => e.Type == "COERCE").Select(e => (e.Type, e.Modality)));
    }

    [Fact]
    public void Two_officials_of_one_government_acting_together_do_not_act_on_themselves()
    {
        Assert.Empty(Events("Freedonian President Rufus Firefly and Freedonian Foreign Minister Groucho Marx met on Monday."));
    }

    [Fact]
    public void A_trigger_with_a_gap_takes_the_words_it_encloses_as_its_object()
    {
        var pipeline = WithPatterns("sanction.order-to-leave\t166\tSANCTION\texpel\t~order * to leave\tverb\t\n");
        const string text = "Freedonia ordered the Sylvanian ambassador to leave within two days.";
        var coded = Assert.Single(Code(text, pipeline).Events);
        Assert.Equal(("SANCTION", "FRD", "SYL"), (coded.Type, coded.Actors[0].Country, coded.Recipients[0].Country));
        Assert.Equal("ordered the Sylvanian ambassador to leave", text[coded.Evidence.Trigger.Start..coded.Evidence.Trigger.End]);
    }

    [Fact]
    public void Sides_that_each_do_the_same_act_act_on_each_other()
    {
        var events = Events("Freedonia and Sylvania each expelled two diplomats on Monday.");
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("SANCTION", "SYL", "FRD", "2024-03-11", Modality.Asserted)], events);
    }

    [Fact]
    public void A_noun_act_with_no_one_it_is_directed_at_is_a_back_reference_and_force_at_no_one_is_not_coded()
    {
        var files = new Dictionary<string, string>(FictionalWorld.Files);
        files["ontology/cameo.tsv"] += "190\tUse conventional military force\t-10\t4\tASSAULT\t\n";
        files["patterns/events.tsv"] += "assault.attack\t190\tASSAULT\t\tattack\tnoun\ton\nassault.attack.verb\t190\tASSAULT\t\t~attack\tverb\t\n";
        var pipeline = EventCoding.Create(FictionalWorld.Lexicon, PatternSet.From(DataSet.From(files)));
        Document Coded(string text) => Code(text, pipeline);

        Assert.Empty(Coded("Freedonia said the attack was regrettable.").Events);
        Assert.Equal("SYL", Assert.Single(Coded("The Sylvanian attack on Freedonia was condemned.").Events, e => e.Type == "ASSAULT").Actors[0].Country);
        Assert.Equal("FRD", Assert.Single(Coded("Freedonian troops attacked Sylvania on Monday.").Events).Actors[0].Country);
        Assert.Empty(Coded("Freedonian troops attacked on Monday.").Events);
    }

    [Fact]
    public void An_ing_verb_after_a_comma_is_the_act_of_the_clauses_subject()
    {
        var events = Events("Freedonia expelled the Sylvanian ambassador, inviting Sylvania to talks.");
        Assert.Contains(("REQUEST", "FRD", "SYL", null, Modality.Asserted), events.Select(e => e with { Date = null }));
    }

    [Fact]
    public void An_expulsion_with_no_one_named_is_aimed_at_the_storys_other_country()
    {
        var events = Events("Sylvania protested to Freedonia on Monday. Freedonia expelled two diplomats on Tuesday. Freedonia will expel more.");
        Assert.Contains(("SANCTION", "FRD", "SYL", "2024-03-12", Modality.Asserted), events);
        Assert.DoesNotContain(events, e => e.Modality == Modality.Future);
    }

    [Fact]
    public void A_past_form_after_a_name_is_a_verb_not_a_noun()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("President Rufus Firefly visited Sylvania on Monday."));
    }

    [Fact]
    public void A_mediator_acts_on_both_parties_named_after_or_before_it()
    {
        var files = new Dictionary<string, string>(FictionalWorld.Files);
        files["ontology/cameo.tsv"] += "045\tMediate\t5\t1\tCONSULT\t\n";
        files["patterns/events.tsv"] += "consult.mediate\t045\tCONSULT\t\t~mediate\tverb\t\n";
        var pipeline = EventCoding.Create(FictionalWorld.Lexicon, PatternSet.From(DataSet.From(files)));
        string[] Sides(string text) => Code(text, pipeline).Events
            .Select(e => $"{string.Join(',', e.Actors.Select(a => a.Country))}>{string.Join(',', e.Recipients.Select(r => r.Country))}").ToArray();

        // A third country (the League's code, IGO) mediates between the two sides, whether they follow or come before.
        Assert.Contains("IGO>FRD,SYL", Sides("The League of Nations mediated talks between Freedonia and Sylvania."));
        Assert.Contains("IGO>FRD,SYL", Sides("Talks went on between Freedonia and Sylvania, along with the League of Nations, which mediated."));
    }

    [Fact]
    public void A_date_that_modifies_another_noun_does_not_date_the_act()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia expelled the Sylvanian ambassador after the March 3 vote in Port Marx."));
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-03", Modality.Asserted)], Events("Freedonia expelled the Sylvanian ambassador on March 3 after the vote in Port Marx."));
    }

    [Fact]
    public void A_story_with_no_dated_act_takes_the_day_its_lead_gives()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-10", Modality.Asserted)], Events("Crowds gathered in Fredville on March 10.\nFreedonia expelled the Sylvanian ambassador."));
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Crowds gathered in Fredville.\nFreedonia expelled the Sylvanian ambassador."));
    }

    [Fact]
    public void A_first_act_since_then_is_fresh_but_an_act_repeated_since_then_is_background()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", "2024-03-10", Modality.Asserted)], Events("Crowds gathered on March 10.\nFreedonia expelled the Sylvanian ambassador, the first expulsion since the war."));
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], Events("Crowds gathered on March 10.\nFreedonia expelled the Sylvanian ambassador, as it has done since the war."));
    }

    [Fact]
    public void A_participle_before_its_noun_describes_someone_and_codes_no_act()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonian officials met the expelled Sylvanian ambassador."));
    }

    [Fact]
    public void A_claim_that_is_about_the_subject_of_its_clause()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia's charge that Sylvania spied angered many."));
    }

    [Fact]
    public void A_group_behind_a_preposition_the_pattern_does_not_name_is_no_recipient()
    {
        Assert.Empty(Events("Freedonia filed a complaint with the League of Nations."));
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia filed a complaint against Sylvania."));
    }

    [Fact]
    public void An_infinitive_passive_names_an_act_still_to_come()
    {
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Future)], Events("The Sylvanian envoys are on a list to be expelled by Freedonia."));
    }

    [Fact]
    public void A_name_after_a_comma_and_with_its_own_verb_starts_a_new_clause()
    {
        Assert.Equal(
            [("CONSULT", "FRD", "SYL", null, Modality.Asserted), ("SANCTION", "SYL", "FRD", null, Modality.Asserted)],
            Events("Freedonian officials met envoys in Sylvania, and Sylvania has expelled the Freedonian ambassador."));
        Assert.Equal(
            [("SANCTION", "FRD,SYL", "IGO", null, Modality.Asserted)],
            Events("Freedonia, and Sylvania have expelled the League of Nations envoy."));
    }

    [Theory]
    [InlineData("\"We expelled the Sylvanian ambassador,\" the Freedonian minister said.")]
    [InlineData("\u201cWe have also decided to expel the Sylvanian ambassador,\u201d said Freedonian President Otis Ho.")]
    [InlineData("Relations are tense, Freedonian President Otis Ho said on Monday.\n\"We expelled the Sylvanian ambassador.\"")]
    [InlineData("The Freedonian minister said: \"I expelled the Sylvanian ambassador.\"")]
    public void We_and_I_inside_a_quotation_are_its_speaker(string text)
    {
        Assert.Equal([("SANCTION", "FRD", "SYL")], Dyads(text));
    }

    [Fact]
    public void The_one_who_says_it_is_not_the_object()
    {
        Assert.Equal([], Events("Freedonian officials met the envoy, Sylvanian President Vera Trentino said."));
    }

    [Fact]
    public void A_verb_only_trigger_after_a_possessive_is_a_noun_the_patterns_do_not_code()
    {
        Assert.Equal([], Events("Freedonia praised their invite to Sylvania."));
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia invited Sylvania."));
    }

    [Fact]
    public void A_rejection_with_no_one_named_answers_the_story_s_other_country()
    {
        Assert.Equal(
            [("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("REJECT", "SYL", "FRD", "2024-03-11", Modality.Asserted)],
            Events("Freedonia expelled the Sylvanian ambassador on Monday.\nSylvania rejected the decision."));
        Assert.Equal([], Events("Sylvania rejected the decision."));
    }

    [Fact]
    public void A_role_and_the_same_role_with_its_posting_are_one_participant()
    {
        var events = Code("Freedonia expelled the Sylvanian ambassador to Freedonia on Monday.\nFreedonia expelled the Sylvanian ambassador on Monday, officials said.").Events;
        Assert.Equal(["ambassador to Freedonia"], events.Select(e => Assert.Single(e.Recipients).Role));
    }

    [Fact]
    public void A_strike_targets_the_country_its_clause_places_it_in()
    {
        Assert.Equal(
            [("ASSAULT", "FRD", "SYL", null, Modality.Asserted)],
            Events("Freedonian jets bombed a depot of the rebel group Red Dawn in Sylvania's southern hills."));
        Assert.Empty(Events("Freedonian jets bombed a depot of the rebel group Red Dawn, officials in Sylvania said."));
    }

    [Fact]
    public void An_expulsion_whose_author_is_not_named_comes_from_the_story_s_other_country()
    {
        Assert.Equal(
            [("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted)],
            Events("Freedonia and Sylvania quarrelled.\nThe Sylvanian ambassador was expelled on Monday."));
        Assert.Equal([], Events("The Sylvanian ambassador was expelled on Monday."));
    }

    [Fact]
    public void A_mediator_with_no_parties_named_stands_between_the_story_s_two_sides()
    {
        var coded = Assert.Single(Code("Freedonia and Sylvania quarrelled.\nThe League of Nations helped mediate the deal.").Events);
        Assert.Equal(("CONSULT", "045", "IGO"), (coded.Type, coded.Cameo, Assert.Single(coded.Actors).Country));
        Assert.Equal(["FRD", "SYL"], coded.Recipients.Select(r => r.Country).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_a_refusal_refuses_is_not_an_act_of_its_own()
    {
        Assert.Equal([("REJECT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia rejected talks with Sylvania."));
        Assert.Equal(
            [("REJECT", "FRD", "SYL"), ("CONSULT", "FRD", "SYL")],
            Dyads("Freedonia rejected the Sylvanian plan, but talks with Sylvania went on."));
    }

    [Fact]
    public void A_future_in_a_clause_after_that_or_which_is_not_the_act_s()
    {
        Assert.Equal([Modality.Asserted], Events("The talks between Freedonia and Sylvania, which will anger many, ended.").Select(e => e.Modality));
        Assert.Equal([Modality.Future], Events("The talks between Freedonia and Sylvania will anger many.").Select(e => e.Modality));
    }

    [Theory]
    [InlineData("Sylvanian students were arrested in Freedonia.", "COERCE")]
    [InlineData("Sylvanian students were released from Freedonian jails.", "RETREAT")]
    [InlineData("Sylvanian students were released by Freedonia.", "RETREAT")]
    public void A_passive_release_or_arrest_names_its_author_by_from_or_in(string text, string type)
    {
        Assert.Equal([(type, "FRD", "SYL")], Dyads(text));
    }

    [Fact]
    public void A_passive_release_does_not_take_the_party_after_it_as_its_author()
    {
        Assert.Equal([], Events("Sylvanian students were released in a deal with Freedonia."));
    }

    [Fact]
    public void Who_speaks_after_a_quotation_is_not_someone_named_inside_it()
    {
        Assert.Equal([], Events("\"Sylvania will pay a price for hosting Freedonian troops,\" the rebels warned."));
        Assert.Equal([("THREATEN", "FRD", "SYL")], Dyads("\"Sylvania will pay a price,\" the Freedonian minister warned."));
    }

    [Fact]
    public void What_a_request_asks_for_is_not_done_but_what_an_invitation_invites_to_is_planned()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL")], Dyads("Freedonia urged Sylvania to expel the League of Nations envoy."));
        Assert.Equal(
            [("REQUEST", "FRD", "SYL", Modality.Asserted), ("CONSULT", "SYL", "FRD", Modality.Future)],
            Events("Freedonia invited Sylvania to visit Freedonia.").Select(e => (e.Type, e.Actors, e.Recipients, e.Modality)));
    }

    [Fact]
    public void Ready_willing_or_prepared_to_act_is_a_future_act()
    {
        Assert.Equal([Modality.Future], Events("Freedonia is ready to expel the Sylvanian ambassador.").Select(e => e.Modality));
    }

    [Fact]
    public void The_other_side_named_in_the_sentence_comes_before_the_article_s_most_named()
    {
        var events = Events("The League of Nations envoy met Sylvanian officials.\nThe League of Nations envoy met Sylvanian students.\nFreedonia bombed the depot, and Sylvania rejected the strikes.");
        Assert.Equal([("REJECT", "SYL", "FRD")], events.Where(e => e.Type == "REJECT").Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void A_cooperative_act_declared_for_the_future_as_not_done_is_a_refusal_made_now()
    {
        Assert.Equal(
            [("REJECT", "125", "FRD", "SYL", Modality.Asserted)],
            Code("Freedonia said it would not meet Sylvania.").Events.Select(e => (e.Type, e.Cameo, string.Join(',', e.Actors.Select(a => a.Country)), string.Join(',', e.Recipients.Select(r => r.Country)), e.Modality)));
        Assert.Equal([("CONSULT", Modality.Negated)], Events("Freedonia did not meet Sylvania.").Select(e => (e.Type, e.Modality)));
        Assert.Equal([("ASSAULT", Modality.Negated)], Events("Freedonia will not bomb Sylvania.").Select(e => (e.Type, e.Modality)));
    }

    [Fact]
    public void A_sanction_or_arrest_declared_as_not_to_be_done_is_a_refusal_made_now()
    {
        Assert.Equal([("REJECT", "SYL", "FRD", null, Modality.Asserted)], Events("Sylvania said it would not expel Freedonia's ambassador."));
        Assert.Equal([("SANCTION", Modality.Negated)], Events("Sylvania did not expel Freedonia's ambassador.").Select(e => (e.Type, e.Modality)));
        Assert.Equal([("SANCTION", Modality.Future)], Events("Sylvania plans to expel Freedonia's ambassador.").Select(e => (e.Type, e.Modality)));
    }

    [Fact]
    public void A_rejection_declared_for_the_future_is_made_by_declaring_it()
    {
        Assert.Equal([("REJECT", Modality.Asserted)], Events("Freedonia will reject any talks with Sylvania.").Select(e => (e.Type, e.Modality)));
        Assert.Equal([("REJECT", Modality.Future)], Events("Freedonia plans to reject any talks with Sylvania.").Select(e => (e.Type, e.Modality)));
    }

    [Fact]
    public void And_with_an_unnamed_subject_after_a_clause_of_its_own_opens_a_clause_the_groups_before_do_not_act_in()
    {
        Assert.DoesNotContain(
            Events("The visas of the Sylvanian minister have been cancelled and police are ordered to expel him, the Freedonian junta said."),
            e => e.Actors == "SYL");
        Assert.Equal([("SANCTION", "FRD", "SYL")], Dyads("Freedonia and its allies have expelled the Sylvanian minister."));
    }

    [Fact]
    public void The_owner_of_a_thing_is_no_subject_but_the_owner_of_a_role_or_an_intention_is()
    {
        Assert.Equal(
            [("SANCTION", "SYL", "FRD")],
            Dyads("Sylvania decided to follow Freedonia's example and expel the Freedonian minister."));
        Assert.Equal([("SANCTION", "SYL", "FRD")], Dyads("Sylvania's minister expelled the Freedonian minister."));
        Assert.Equal([("SANCTION", "SYL", "FRD")], Dyads("Sylvania's decision to expel the Freedonian minister was sudden."));
    }

    [Fact]
    public void Within_one_country_the_state_and_a_named_non_state_side_are_two_sides_but_two_state_bodies_are_not()
    {
        Assert.Equal([("ASSAULT", "SYL", "SYL")], Dyads("Sylvanian protesters bombed the Sylvanian army."));
        Assert.Empty(Events("The Sylvanian junta met the Sylvanian minister."));
    }

    [Fact]
    public void Force_at_no_one_named_is_not_coded_but_a_reaction_to_it_still_blames_its_doer()
    {
        Assert.Equal([("ACCUSE", "SYL", "FRD", "2024-03-11", Modality.Asserted)],
            Events("Freedonian jets bombed a depot on Monday. Sylvania condemned the bombing."));
    }

    [Fact]
    public void A_strike_with_no_one_named_lands_in_the_country_of_the_place_its_clause_names()
    {
        Assert.Equal(
            [("ASSAULT", "FRD", "SYL")],
            Dyads("Freedonia bombed an old fuel storage depot 20 km north of Port Marx, the ministry said."));
        Assert.Empty(Events("Freedonia bombed an old fuel storage depot, after talks in Port Marx."));
    }

    [Fact]
    public void What_an_accusation_charges_is_not_an_act()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL")], Dyads("Freedonia accused Sylvania of bombing Port Marx."));
        Assert.Equal([("ACCUSE", "FRD", "SYL")], Dyads("Freedonia blamed Sylvania for bombing Fredville."));
        // Condemnation, unlike blame, is of an act the story holds as done.
        Assert.Contains(("ASSAULT", "SYL", "FRD"), Dyads("Freedonia condemned Sylvania for bombing Fredville."));
    }

    [Fact]
    public void After_before_or_since_can_open_a_clause_whose_subject_acts()
    {
        Assert.Contains(("ASSAULT", "FRD"), Events("Sylvania rejected the talks, hours after Freedonia bombed Grand Fenwick.").Select(e => (e.Type, e.Actors)));
        Assert.Contains(("ASSAULT", "FRD"), Events("Freedonia bombed Grand Fenwick after Sylvania.").Select(e => (e.Type, e.Actors)));
    }

    [Fact]
    public void Every_infinitive_a_request_asks_for_is_asked_for()
    {
        Assert.Equal(
            [("REQUEST", "FRD", "SYL")],
            Dyads("Freedonia urged Sylvania to expel the League of Nations envoy and to bomb the depots near Port Marx."));
    }

    [Fact]
    public void Praise_of_an_act_the_story_reported_goes_to_the_ones_who_did_it()
    {
        var events = Events("Freedonia met Sylvania in Fredville.\nThe League of Nations welcomed the outcome.");
        Assert.Contains(("SUPPORT", "IGO", "FRD,SYL"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
        Assert.DoesNotContain(Events("The League of Nations welcomed the outcome."), e => e.Type == "SUPPORT");
        var text = "Freedonia met Sylvania in Fredville.\nThe League of Nations welcomed the outcome.";
        var praise = Code(text).Events.Single(e => e.Type == "SUPPORT");
        Assert.True(praise.Evidence.Range.Start >= text.IndexOf("The League", StringComparison.Ordinal), "the evidence stays in the sentence of the praise");
    }

    [Fact]
    public void Yet_to_act_is_not_to_have_acted()
    {
        Assert.Equal([Modality.Negated], Events("Freedonia has yet to meet Sylvania.").Select(e => e.Modality));
    }

    [Fact]
    public void One_lower_case_word_may_describe_the_second_of_two_parties()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL,IGO")], Dyads("Freedonia met Sylvania and the visiting League of Nations envoy."));
    }

    [Fact]
    public void A_datelines_date_gives_way_to_the_acts_own_date()
    {
        Assert.Equal(["2024-03-11"], Events("FREDVILLE, March 12 \u2014 Freedonia met Sylvania on Monday.").Select(e => e.Date));
        Assert.Equal(["2024-03-12"], Events("FREDVILLE, March 12 \u2014 Freedonia met Sylvania.").Select(e => e.Date));
    }

    [Fact]
    public void Both_neighbours_are_the_two_sides_the_story_names_most()
    {
        var events = Events("Freedonia met Sylvania in Fredville.\nThe League of Nations urged both neighbours to meet again.");
        Assert.Contains(("REQUEST", "IGO", "FRD,SYL"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void The_act_an_invitation_invites_to_is_planned()
    {
        Assert.Contains(("CONSULT", Modality.Future), Events("Sylvania received an invitation to visit Freedonia.").Select(e => (e.Type, e.Modality)));
    }

    [Fact]
    public void An_apposition_with_the_persons_own_country_is_the_same_participant()
    {
        Assert.DoesNotContain(Events("Rufus Firefly, Freedonia's president, welcomed the talks."), e => e.Recipients.Contains("FRD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_between_a_subject_and_its_verb_holds_no_subject_of_that_verb()
    {
        Assert.Contains(
            ("SANCTION", "FRD", "SYL"),
            Dyads("Freedonia, which backs the League of Nations envoy, expelled the Sylvanian minister."));
    }

    [Fact]
    public void Blame_of_strikes_goes_to_the_ones_who_struck()
    {
        var events = Events("Freedonia met Sylvania.\nThe League of Nations bombed Port Marx.\nFreedonia accused the strikes.");
        Assert.Contains(("ACCUSE", "FRD", "IGO"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void Blame_of_the_attack_goes_to_the_act_told_with_that_word_before_a_later_act_of_its_kind()
    {
        var events = Events("The Free Sylvania Front attacked Freedonia.\nHours later, the Freedonian army bombed Sylvan City.\nGrand Fenwick condemned the attack.");
        Assert.Contains(("ACCUSE", "GFW", "SYL"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
        // With no act told with its word, blame goes to the last act of its kind.
        events = Events("The Free Sylvania Front bombed Freedonia.\nHours later, the Freedonian army bombed Sylvan City.\nGrand Fenwick condemned the attack.");
        Assert.Contains(("ACCUSE", "GFW", "FRD"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
        // Any word of the trigger counts: "arrest warrants" is told with "warrants".
        events = Events("The Court of Nations issued arrest warrants for Freedonian leaders.\nSylvania accused Freedonia.\nGrand Fenwick welcomed the warrants.");
        Assert.Contains(("SUPPORT", "GFW", "IGO"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void A_leader_speaks_through_an_office_that_opens_the_clause()
    {
        // The evidence holds the office: the leader acts in the sentence itself, not as the story's last doer.
        var document = Code("Sylvania expelled two Grand Fenwick envoys.\nFreedonian Foreign Minister Otis Dale Ho spoke to reporters.\nHo's office condemned Grand Fenwick.");
        var condemnation = Assert.Single(document.Events, e => e.Type == "ACCUSE");
        Assert.Equal(("FRD", "Ho's office condemned Grand Fenwick"), (condemnation.Actors[0].Country, document.TextOf(condemnation.Evidence.Range)));
        // After a verb the office is whom the verb names; the clause keeps its subject.
        Assert.Contains(("ACCUSE", "SYL", "GFW"), Dyads("Freedonian Foreign Minister Otis Dale Ho spoke to reporters.\nSylvania said it would keep meeting Ho's government and condemned Grand Fenwick."));
    }

    [Fact]
    public void What_says_something_speaks_for_its_owner()
    {
        var events = Events("Grand Fenwick expelled two Freedonian envoys.\nSylvania's foreign service said on Sunday it condemned Freedonia.");
        Assert.Contains(("ACCUSE", "SYL", "FRD"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void A_hostile_act_promised_on_a_condition_is_a_threat_made_now()
    {
        Assert.Equal([("THREATEN", "FRD", "SYL", Modality.Asserted)],
            Events("Freedonia would expel Sylvanian envoys if Sylvania closed the border.").Select(e => (e.Type, e.Actors, e.Recipients, e.Modality)));
        Assert.Equal("1312", Assert.Single(Code("If Sylvania closed the border, Freedonia would expel Sylvanian envoys.").Events).Cameo);
        // The act inside the "if" clause is the condition, not a threat.
        Assert.Equal([("SANCTION", "FRD", "SYL", Modality.Hypothetical)],
            Events("If Freedonia expelled Sylvanian envoys, the talks would end.").Select(e => (e.Type, e.Actors, e.Recipients, e.Modality)));
    }

    [Theory]
    [InlineData("Freedonia announced restrictions on nearly 30 billion dollars of Sylvanian goods.")]
    [InlineData("Freedonia announced restrictions on wine, cheese and other foods from Sylvania.")]
    public void A_trade_measure_falls_on_the_country_whose_goods_it_names(string text)
    {
        Assert.Equal([("SANCTION", "FRD", "SYL")], Dyads(text));
    }

    [Fact]
    public void No_one_welcomes_the_decision_meaning_their_own_act_and_a_court_made_the_last_one()
    {
        // The court's arrest is hostile, Sylvania's invitation its own: "the decision" it welcomes is the court's.
        var events = Events("The Court of Nations arrested Freedonian leaders.\nSylvania invited Grand Fenwick.\nGrand Fenwick attacked Freedonia.\nSylvania welcomed Monday's decision.");
        Assert.Contains(("SUPPORT", "SYL", "IGO"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
        // Blame of "the penalty" goes to who imposed it.
        events = Events("The Court of Nations arrested Freedonian leaders.\nSylvania invited Grand Fenwick.\nSylvania attacked Grand Fenwick.\nFreedonia called the penalty blatant.");
        Assert.Contains(("ACCUSE", "FRD", "IGO"), events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void An_act_a_whether_clause_leaves_open_is_not_coded()
    {
        Assert.Empty(Events("Freedonia did not say whether it would expel Sylvanian envoys."));
        Assert.Equal(["SANCTION"], Events("Freedonia said it would expel Sylvanian envoys.").Select(e => e.Type));
    }

    [Fact]
    public void With_the_ledes_act_not_coded_the_story_day_is_the_ledes_not_the_first_dated_act_past_it()
    {
        var events = Events("Freedonian leaders gathered in Fredville on Monday.\nThe gathering was long.\nDelegates spoke.\nFreedonia met Sylvania.\nGrand Fenwick bombed Sylvania on Sunday.");
        Assert.Equal([("CONSULT", "2024-03-11"), ("ASSAULT", "2024-03-10")], events.Select(e => (e.Type, e.Date)));
        // A dated act in the lede still sets the day.
        events = Events("Grand Fenwick bombed Sylvania on Sunday.\nThe gathering was long.\nDelegates spoke.\nFreedonia met Sylvania.");
        Assert.Equal([("ASSAULT", "2024-03-10"), ("CONSULT", "2024-03-10")], events.Select(e => (e.Type, e.Date)));
    }

    [Fact]
    public void The_act_a_description_judges_is_named_again_not_done_anew()
    {
        var events = Events("Freedonia recalled its envoy from Sylvania.\nSylvania's foreign minister called the recall blatant.");
        Assert.Equal([("SANCTION", "FRD", "SYL"), ("ACCUSE", "SYL", "FRD")], events.Select(e => (e.Type, e.Actors, e.Recipients)));
    }

    [Fact]
    public void A_determiner_and_modifiers_before_a_trigger_make_it_a_noun()
    {
        Assert.Empty(Events("Sylvania closed its border after a deadly bomb."));
        Assert.Equal([("ASSAULT", "FRD", "SYL")], Dyads("The Freedonian army bombed Sylvania."));
    }

    [Fact]
    public void A_date_after_since_only_bounds_the_act_from_before()
    {
        Assert.Equal([null], Events("Freedonia met Sylvania for the first time since 2019.").Select(e => e.Date));
    }

    [Fact]
    public void After_a_verb_of_saying_a_clause_with_a_subject_of_its_own_is_not_the_speakers_act()
    {
        Assert.DoesNotContain(Events("Freedonia said the parties would meet Sylvania in Port Marx."), e => e.Type == "CONSULT");
        Assert.Contains(("THREATEN", "FRD"), Events("Freedonia said its pilots would bomb Sylvania.").Select(e => (e.Type, e.Actors)));
    }

    [Fact]
    public void A_noun_that_is_the_subject_of_a_modal_is_as_real_as_the_modal_says()
    {
        Assert.Equal([("CONSULT", Modality.Future)], Events("Talks between Freedonia and Sylvania will resume in Port Marx.").Select(e => (e.Type, e.Modality)).Distinct());
        Assert.DoesNotContain(Events("Freedonia warned that a visit to Sylvania would be a mistake."), e => e.Type == "CONSULT");
    }

    [Fact]
    public void Forces_arriving_abroad_are_deployed_not_received()
    {
        Assert.Equal([("MOBILIZE", "FRD", "SYL")], Dyads("The Freedonian army visited Sylvania."));
        Assert.Equal([("CONSULT", "FRD", "SYL")], Dyads("The Freedonian foreign minister visited Sylvania."));
    }

    [Fact]
    public void A_crowd_protests_where_the_sentence_places_it_against_its_own_government()
    {
        var coded = Assert.Single(Code("Thousands rallied in Port Marx against the government.").Events);
        Assert.Equal(("PROTEST", "SYL", "CVL", "SYL"), (coded.Type, coded.Actors[0].Country, coded.Actors[0].Sector, Assert.Single(coded.Recipients).Country));
        Assert.Equal([("PROTEST", "FRD", "SYL", null, Modality.Asserted)], Events("Hundreds of protesters rallied outside the Sylvanian embassy in Fredville."));
    }

    [Fact]
    public void A_crowd_with_no_place_in_its_sentence_stands_where_the_dateline_puts_it()
    {
        Assert.Equal(
            [("CONSULT", "FRD,SYL", "FRD,SYL", "2024-03-10", Modality.Asserted), ("PROTEST", "FRD", "FRD", "2024-03-11", Modality.Asserted)],
            Events("FREDVILLE \u2014 Freedonia and Sylvania met on Sunday. The protests spread on Monday."));
        // A dateline in a country the story never names says only where the report was filed.
        Assert.DoesNotContain(Events("PORT MARX \u2014 Freedonia and Grand Fenwick met on Sunday. The protests spread on Monday."), e => e.Type == "PROTEST");
        Assert.Empty(Events("Thousands rallied against the government."));
        Assert.Empty(Events("Officials in Fredville walked out in protest."));
    }

    [Fact]
    public void A_crowd_nearer_the_verb_than_any_party_is_its_subject_and_force_against_it_falls_on_its_country()
    {
        var coded = Code("Freedonian police fired tear gas at protesters as thousands rallied in Fredville.").Events;
        Assert.Equal(
            [("ASSAULT", "FRD", "FRD", "CVL"), ("PROTEST", "FRD", "FRD", "GOV")],
            coded.Select(e => (e.Type, e.Actors[0].Country, Assert.Single(e.Recipients).Country, e.Recipients[0].Sector)));
        Assert.Equal("CVL", coded[1].Actors[0].Sector);
        Assert.Equal([("REJECT", "SYL", "SYL", null, Modality.Asserted)], Events("President Trentino ruled out talks with the protesters."));
    }

    [Fact]
    public void People_arrested_by_no_one_named_are_arrested_by_the_authorities_where_it_happened()
    {
        var coded = Assert.Single(Code("In Port Marx, more than 100 people were arrested on Monday.").Events);
        Assert.Equal(("COERCE", "SYL", "SYL", "CVL"), (coded.Type, coded.Actors[0].Country, Assert.Single(coded.Recipients).Country, coded.Recipients[0].Sector));
    }

    [Fact]
    public void A_year_right_before_an_act_dates_it()
    {
        Assert.Equal("2021", Assert.Single(Events("Freedonia praised the 2021 visit to Sylvania."), e => e.Type == "CONSULT").Date);
    }

    [Fact]
    public void A_deadline_is_not_the_date_of_the_act_that_sets_it()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia urged Sylvania to free them by March 15."));
    }

    [Fact]
    public void A_planned_act_told_in_the_past_tense_takes_the_next_month_of_that_name()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", "2025-02", Modality.Future)], Events("President Firefly said he had been invited to visit Sylvania in February."));
    }

    [Fact]
    public void A_description_is_an_accusation_only_with_a_word_of_blame_that_the_speaker_does_not_take_back()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia described Sylvania's stance as blatant interference."));
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia called the Sylvanian move a threat."));
        Assert.Empty(Events("Freedonia described Sylvania's stance as helpful."));
        Assert.Empty(Events("Freedonia called Sylvania a partner rather than a threat."));
        Assert.Empty(Events("Sylvania began what Freedonia called a threat."));
    }

    [Fact]
    public void Words_of_blame_in_what_someone_said_are_an_accusation_and_the_evidence_runs_to_them()
    {
        var document = Code("Freedonia said the Sylvanian decision was a threat to the region.");
        var coded = Assert.Single(document.Events);
        Assert.Equal(("ACCUSE", "FRD", "SYL"), (coded.Type, coded.Actors[0].Country, coded.Recipients[0].Country));
        Assert.Equal("Freedonia said the Sylvanian decision was a threat", document.TextOf(coded.Evidence.Range));
        Assert.Empty(Events("Freedonia said the Sylvanian decision was a step forward."));
    }

    [Fact]
    public void What_someone_stands_against_is_not_what_they_say_of_the_one_they_stand_with()
    {
        Assert.DoesNotContain(Events("Freedonia said it stood with Sylvania against terrorist groups."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_participle_right_after_a_singular_noun_and_before_by_is_a_passive_on_that_noun_alone()
    {
        Assert.Empty(Events("Freedonia mourned a village bombed by Sylvania."));
    }

    [Fact]
    public void An_arrest_of_a_named_person_with_no_author_is_made_where_it_happens_else_by_their_own_country()
    {
        Assert.Equal([("COERCE", "SYL", "SYL", "2024-03-11", Modality.Asserted)], Events("President Vera Trentino was arrested on Monday."));
        Assert.Equal([("COERCE", "FRD", "SYL", null, Modality.Asserted)], Events("President Vera Trentino was arrested at an airport in Fredville."));
        Assert.Empty(Events("Sylvanians were arrested."));
    }

    [Fact]
    public void An_ing_form_after_a_decree_or_a_law_is_what_it_does()
    {
        Assert.Contains(("SANCTION", "FRD", "SYL", null, Modality.Asserted), Events("Freedonia signed a decree expelling Sylvania's ambassador."));
    }

    [Fact]
    public void One_named_leader_attacking_another_is_criticism_not_force()
    {
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonian Foreign Minister Anna Berg attacked Vera Trentino over the deal."));
        Assert.Equal([("ASSAULT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonian soldiers attacked Sylvania."));
    }

    [Fact]
    public void Saying_what_another_must_do_is_a_demand_on_the_one_named_before_must()
    {
        Assert.Equal([("REQUEST", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia said Sylvania must leave the border."));
        Assert.DoesNotContain(Events("Freedonia met Sylvania. President Trentino said Sylvania must be strong."), e => e.Type == "REQUEST");
        Assert.DoesNotContain(Events("Freedonia met Sylvania. Freedonia said any deal must be fair to Sylvania."), e => e.Type == "REQUEST");
    }

    [Fact]
    public void Soldiers_who_arrest_their_own_president_act_on_their_own_government()
    {
        var coded = Assert.Single(Code("Sylvanian soldiers arrested President Vera Trentino.").Events);
        Assert.Equal(("COERCE", "SYL", "MIL", "SYL", "GOV"), (coded.Type, coded.Actors[0].Country, coded.Actors[0].Sector, coded.Recipients[0].Country, coded.Recipients[0].Sector));
        Assert.Empty(Events("Sylvanian soldiers met President Vera Trentino."));
    }

    [Fact]
    public void Blame_said_again_in_other_words_is_another_accusation_but_the_same_words_again_are_one()
    {
        Assert.Equal(2, Events("Freedonia accused Sylvania of lying. Freedonian officials said Sylvania had caused a grave violation.").Count(e => e.Type == "ACCUSE"));
        Assert.Single(Events("Freedonia accused Sylvania of lying. Later Freedonia accused Sylvania again."));
        Assert.Single(Events("Freedonia accused Sylvania of lying, and Freedonian officials said Sylvania had caused a grave violation."));
    }

    [Fact]
    public void A_trigger_ending_in_with_names_its_recipient_after_it_and_its_gap_holds_the_topic()
    {
        Assert.Equal([("CONSULT", "FRD", "GFW", null, Modality.Asserted)], Events("Freedonia discussed the Sylvanian crisis with Grand Fenwick."));
    }

    [Fact]
    public void Someone_carried_somewhere_makes_no_visit()
    {
        Assert.Equal([("CONSULT", "FRD", "SYL", null, Modality.Asserted)], Events("The Freedonian foreign minister flew to Sylvania."));
        Assert.Empty(Events("The Freedonian prisoners were flown to Sylvania."));
    }

    [Fact]
    public void A_call_on_someone_that_asks_nothing_of_them_is_a_visit()
    {
        Assert.Equal([("CONSULT", "042")], Code("The Freedonian foreign minister called on President Vera Trentino in Port Marx.").Events.Select(e => (e.Type, e.Cameo)));
        Assert.Equal([("REQUEST", "0331")], Code("Freedonia called on Sylvania, its old rival, to free the prisoners.").Events.Select(e => (e.Type, e.Cameo)));
    }

    [Fact]
    public void An_alleged_act_is_a_claim_by_the_one_the_clause_is_about_and_an_accusation_of_its_doer()
    {
        Assert.Equal(
            [("ACCUSE", "FRD", "SYL", null, Modality.Asserted), ("ASSAULT", "SYL", "FRD", null, Modality.Hypothetical)],
            Events("Freedonia said Sylvania allegedly bombed Fredville."));
        Assert.Equal([("ASSAULT", "SYL", "FRD", null, Modality.Hypothetical)], Events("Sylvania allegedly bombed Fredville."));
    }

    [Fact]
    public void An_and_right_before_a_verb_joins_it_to_the_subject_that_opens_the_sentence_but_not_across_reported_speech()
    {
        Assert.Contains(("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), Events("FREDVILLE \u2014 Freedonia met Sylvanian soldiers in Port Marx on Monday and expelled Sylvanian diplomats."));
        Assert.Equal([("SANCTION", "SYL", "FRD", "2024-03-11", Modality.Asserted)], Events("Freedonia said Sylvanian soldiers were in Port Marx on Monday and expelled Freedonian diplomats."));
    }

    [Fact]
    public void A_curfew_or_a_resignation_with_no_one_else_named_falls_on_the_actors_own_people()
    {
        Assert.Equal([("CONCEDE", "SYL", "SYL", "2024-03-11", Modality.Asserted)], Events("President Vera Trentino resigned on Monday."));
        Assert.Equal([("COERCE", "FRD", "FRD", null, Modality.Asserted)], Events("Freedonia imposed a curfew."));
        Assert.Equal([("COERCE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia imposed a curfew on Sylvania."));
    }

    [Fact]
    public void People_of_no_named_nationality_arrested_by_a_force_are_its_own_country()
    {
        var coded = Assert.Single(Code("Freedonian soldiers arrested 17 suspects.").Events);
        Assert.Equal(("COERCE", "FRD", "FRD", "CVL"), (coded.Type, coded.Actors[0].Country, coded.Recipients[0].Country, coded.Recipients[0].Sector));
        Assert.Equal([("RETREAT", "FRD", "FRD", null, Modality.Asserted)], Events("Freedonia released 222 other political prisoners."));
        Assert.DoesNotContain(Events("Sylvania protested over the fate of arrested journalists."), e => e.Type == "COERCE");
    }

    [Fact]
    public void A_date_in_the_acts_own_coordinate_clause_wins_over_a_nearer_one_across_and()
    {
        Assert.Contains(
            ("CONSULT", "SYL", "FRD", "2023-07", Modality.Asserted),
            Events("Freedonia expelled Sylvanian diplomats in 2019, and Sylvania met Freedonian officials again at a long forum last July."));
    }

    [Fact]
    public void Them_urged_after_a_story_of_two_countries_is_both()
    {
        var coded = Code("Freedonia expelled Sylvanian diplomats. Grand Fenwick urged them to talk.").Events[^1];
        Assert.Equal(("REQUEST", "GFW"), (coded.Type, coded.Actors[0].Country));
        Assert.Equal(["FRD", "SYL"], coded.Recipients.Select(r => r.Country).Order());
    }

    [Fact]
    public void Having_none_of_a_relation_is_a_state_not_an_act()
    {
        Assert.Empty(Events("Freedonia and Sylvania, which have had no talks with each other since 2019, traded barbs."));
        Assert.Single(Events("Freedonia and Sylvania held no talks on Monday."));
    }

    [Fact]
    public void A_private_person_who_flies_somewhere_pays_no_visit()
    {
        Assert.Empty(Events("Freedonian businessman Jon Paek Ri flew to Sylvania on Monday."));
        Assert.Equal([("CONSULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("Freedonian minister Jon Paek Ri flew to Sylvania on Monday."));
        Assert.Equal([("CONSULT", "FRD", "SYL", "2024-03-11", Modality.Asserted)], Events("The Freedonian News Agency said Freedonia flew to Sylvania on Monday."));
    }

    [Fact]
    public void A_joint_act_told_as_mutual_and_again_with_a_side_each_is_one_act()
    {
        var events = Events("Freedonia and Sylvania held talks on Monday. The Freedonian foreign minister met the Sylvanian foreign minister on Monday.");
        Assert.Equal([("CONSULT", "FRD,SYL", "FRD,SYL", "2024-03-11", Modality.Asserted)], events);
    }

    [Fact]
    public void Stopping_short_of_an_act_or_failing_to_do_it_negates_it()
    {
        Assert.Equal([Modality.Negated], Events("Freedonia stopped short of expelling the Sylvanian ambassador.").Select(e => e.Modality));
        Assert.Equal([Modality.Negated], Events("Freedonia failed to expel the Sylvanian ambassador.").Select(e => e.Modality));
        Assert.Equal([Modality.Asserted], Events("Freedonia fell short and expelled the Sylvanian ambassador.").Select(e => e.Modality));
    }

    [Fact]
    public void Turning_down_an_accusation_is_a_rejection_that_answers_the_accuser()
    {
        Assert.Contains(("REJECT", "SYL", "FRD", null, Modality.Asserted), Events("Freedonia accused Sylvania of spying. Sylvania rejected the accusations."));
        Assert.Contains(("REJECT", "SYL", "FRD", null, Modality.Asserted), Events("Freedonia accused Sylvania of spying. Sylvania called the charges a threat."));
        Assert.Contains(("ACCUSE", "SYL", "FRD", null, Modality.Asserted), Events("Freedonia accused Sylvania of spying. Sylvania called the move a threat."));
        Assert.Contains(("REJECT", "SYL", "FRD", null, Modality.Asserted),
            Events("Freedonia accused Sylvania of spying. Sylvania met Grand Fenwick and welcomed Grand Fenwick. Sylvania denied any involvement."));
    }

    [Fact]
    public void Where_a_bloc_meets_is_a_venue_and_no_counterpart()
    {
        var events = Events("Sylvania expelled Freedonian diplomats. League of Nations ministers, meeting in Grand Fenwick, warned against escalation.");
        Assert.Contains(("THREATEN", "IGO", "SYL", null, Modality.Asserted), events);
        Assert.DoesNotContain(events, e => e.Recipients.Contains("GFW", StringComparison.Ordinal));
    }

    [Fact]
    public void Rebels_who_strike_a_place_of_their_own_country_act_on_its_government()
    {
        Assert.Equal([("ASSAULT", "SYL", "SYL", "2024-03-11", Modality.Asserted)], Events("Sylvanian rebels bombed the port in Port Marx on Monday."));
    }

    [Fact]
    public void A_pronoun_opening_what_someone_is_told_is_the_teller()
    {
        Assert.Equal(["FRD"], Code("Freedonia told Sylvania that it would expel the Grand Fenwick ambassador.").Events.Select(e => e.Actors[0].Country));
        Assert.Equal(["FRD"], Code("Freedonia told Sylvania it would expel the Grand Fenwick ambassador.").Events.Select(e => e.Actors[0].Country));
        Assert.Equal(["SYL"], Code("Freedonia said Sylvania would expel the Grand Fenwick ambassador.").Events.Select(e => e.Actors[0].Country));
    }

    [Fact]
    public void A_description_is_praise_or_blame_by_the_words_it_uses()
    {
        Assert.Equal([("SUPPORT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia called Sylvania a true friend."));
        Assert.Equal([("ACCUSE", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia called Sylvania a threat."));
        Assert.Empty(Events("Freedonia called Sylvania a neighbour."));
    }

    [Fact]
    public void His_or_her_before_a_noun_act_is_the_person_named_before_it()
    {
        var events = Events("Freedonia expelled Sylvanian minister Jon Paek Ri in retaliation for his visit to Grand Fenwick, which would anger Freedonia.");
        Assert.Contains(("CONSULT", "SYL", "GFW", null, Modality.Asserted), events);
    }

    [Fact]
    public void A_noun_inside_a_prepositional_phrase_takes_no_recipient_past_its_closing_comma()
    {
        var events = Events("Freedonian minister Jon Paek Ri, in Fredville for talks, put cooperation on hold with Sylvania.");
        Assert.Equal([("SANCTION", "FRD", "SYL", null, Modality.Asserted)], events);
    }

    [Fact]
    public void A_noun_act_led_by_a_side_no_actor_names_is_not_the_subjects()
    {
        Assert.DoesNotContain(Events("Freedonia said Western-backed strikes on Sylvania were unlawful."), e => e.Type == "ASSAULT");
        Assert.Contains(Events("Freedonia said Freedonian-backed strikes on Sylvania were unlawful."), e => e.Type == "ASSAULT" && e.Actors == "FRD");
    }

    [Fact]
    public void A_standing_policy_is_no_act()
    {
        Assert.Empty(Events("Freedonia kept its policy of not expelling Sylvanian diplomats."));
    }

    [Fact]
    public void A_side_after_as_did_does_the_same_act()
    {
        Assert.Equal(
            [("SANCTION", "FRD", "SYL", "2024-03-11", Modality.Asserted), ("SANCTION", "GFW", "SYL", "2024-03-11", Modality.Asserted)],
            Events("Freedonia expelled the Sylvanian ambassador on Monday, as did Grand Fenwick."));
        Assert.Single(Events("Freedonia expelled the Sylvanian ambassador on Monday, as did Freedonian officials."));
    }

    [Fact]
    public void The_host_of_talks_receives_their_parties()
    {
        Assert.Contains(("CONSULT", "GFW", "FRD,SYL", null, Modality.Asserted), Events("Freedonia and Sylvania agreed to end the row, in talks hosted by Grand Fenwick."));
    }

    [Fact]
    public void What_is_agreed_to_be_stopped_is_no_act()
    {
        Assert.Empty(Events("Freedonia decided to stop bombing Sylvania."));
        Assert.Equal([("ASSAULT", "FRD", "SYL", null, Modality.Asserted)], Events("Freedonia kept bombing Sylvania."));
    }

    [Fact]
    public void The_of_phrase_after_a_gap_names_whose_the_place_is_not_the_capital_in_the_gap()
    {
        Assert.Equal([("COERCE", "SYL", "FRD", null, Modality.Asserted)], Events("Sylvanian police raided the Sylvan City office of the Freedonian News Agency."));
    }

    [Fact]
    public void Saying_one_will_cooperate_is_an_intent_expressed_now_but_a_plan_stays_planned()
    {
        Assert.Equal([Modality.Asserted], Events("Freedonia said it would pledge aid to Sylvania.").Select(e => e.Modality));
        Assert.Equal([Modality.Asserted], Events("Freedonia said it was ready to pledge aid to Sylvania.").Select(e => e.Modality));
        Assert.Equal([Modality.Future], Events("Freedonia plans to pledge aid to Sylvania.").Select(e => e.Modality));
    }

    [Fact]
    public void A_sanction_announced_with_no_later_date_is_decided_when_said()
    {
        Assert.Equal([Modality.Asserted], Events("Freedonia said it would expel the Sylvanian ambassador.").Select(e => e.Modality));
        Assert.Equal([Modality.Future], Events("Freedonia said it would expel the Sylvanian ambassador on March 20.").Select(e => e.Modality));
        Assert.Equal([Modality.Future], Events("Freedonia plans to expel the Sylvanian ambassador.").Select(e => e.Modality));
    }

    [Fact]
    public void A_request_to_ones_own_institutions_answers_no_other_country()
    {
        Assert.DoesNotContain(Events("Freedonia expelled Sylvanian diplomats. Freedonia urged the government to act."), e => e.Type == "REQUEST");
        Assert.Contains(Events("Freedonia expelled Sylvanian diplomats. Freedonia urged them to act."), e => e.Type == "REQUEST");
    }
}
