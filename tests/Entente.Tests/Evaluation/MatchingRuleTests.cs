using System.Text.Json;
using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>The matching rules of GUIDELINES.md's Scoring section, one small article at a time.</summary>
public sealed class MatchingRuleTests
{
    private const string ConsultPrkMng = """{"type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-11", "modality": "asserted", "evidence": "met"}""";

    private static ScoreReport Score(string goldEvents, params string[] predictions)
    {
        using var gold = JsonDocument.Parse($$"""{"id": "a", "events": [{{goldEvents}}]}""");
        var predicted = predictions.Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
        return EventScorer.Score([gold.RootElement.Clone()], predicted);
    }

    private static string Predicted(string type, string actors, string recipients, string? date = "2024-03-11", string modality = "asserted", double confidence = 0.5)
    {
        static string Side(string countries) =>
            "[" + string.Join(", ", countries.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => $$"""{"country": "{{c}}"}""")) + "]";
        var dateJson = date is null ? "null" : $"\"{date}\"";
        return $$"""{"article_id": "a", "type": "{{type}}", "actors": {{Side(actors)}}, "recipients": {{Side(recipients)}}, "date": {{dateJson}}, "modality": "{{modality}}", "confidence": {{confidence}}}""";
    }

    private static (int Tp, int Fp, int Fn) Counts(ScoreReport report) => (report.TruePositives, report.FalsePositives, report.FalseNegatives);

    [Fact]
    public void A_symmetric_act_matches_with_actor_and_recipient_swapped()
    {
        Assert.Equal((1, 0, 0), Counts(Score(ConsultPrkMng, Predicted("CONSULT", "MNG", "PRK"))));
    }

    [Fact]
    public void A_symmetric_act_matches_when_a_one_sided_prediction_holds_both_countries_as_actors()
    {
        Assert.Equal((1, 0, 0), Counts(Score(ConsultPrkMng, Predicted("CONSULT", "MNG,PRK", ""))));
    }

    [Fact]
    public void A_directed_act_does_not_match_with_actor_and_recipient_swapped()
    {
        var sanction = """{"type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [{"country": "RUS"}], "date": "2024-03-11", "evidence": "sanctioned"}""";
        Assert.Equal((1, 0, 0), Counts(Score(sanction, Predicted("SANCTION", "USA", "RUS"))));
        Assert.Equal((0, 1, 1), Counts(Score(sanction, Predicted("SANCTION", "RUS", "USA"))));
    }

    [Fact]
    public void Countries_compare_without_case_and_any_shared_country_is_enough()
    {
        Assert.Equal((1, 0, 0), Counts(Score(ConsultPrkMng, Predicted("CONSULT", "prk,CHN", "mng"))));
    }

    [Fact]
    public void Gold_without_recipients_accepts_any_recipients()
    {
        var retreat = """{"type": "RETREAT", "actors": [{"country": "FRA"}], "recipients": [], "evidence": "withdrew"}""";
        Assert.Equal((1, 0, 0), Counts(Score(retreat, Predicted("RETREAT", "FRA", "NER", date: null))));
    }

    [Theory]
    [InlineData("2024-03-10", true)]
    [InlineData("2024-03-12", true)]
    [InlineData("2024-03-09", false)]
    [InlineData("2024-03-13", false)]
    [InlineData("2024-03", true)]
    [InlineData("2024", true)]
    [InlineData(null, false)]
    public void A_dated_gold_event_accepts_dates_within_one_day_of_its_own(string? date, bool matches)
    {
        Assert.Equal(matches ? (1, 0, 0) : (0, 1, 1), Counts(Score(ConsultPrkMng, Predicted("CONSULT", "PRK", "MNG", date))));
    }

    [Theory]
    [InlineData("2024-04-01", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2024-04-02", false)]
    public void A_gold_month_is_widened_by_one_day_at_each_end(string date, bool matches)
    {
        var gold = """{"type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [], "date": "2024-03", "evidence": "sanctioned"}""";
        Assert.Equal(matches ? (1, 0, 0) : (0, 1, 1), Counts(Score(gold, Predicted("SANCTION", "USA", "", date))));
    }

    [Fact]
    public void An_undated_gold_event_accepts_any_date_or_none()
    {
        var gold = """{"type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [], "evidence": "sanctioned"}""";
        Assert.Equal((1, 0, 0), Counts(Score(gold, Predicted("SANCTION", "USA", "", date: null))));
        Assert.Equal((1, 0, 0), Counts(Score(gold, Predicted("SANCTION", "USA", "", date: "1999"))));
    }

    [Fact]
    public void Only_exactly_equal_dates_count_as_exact()
    {
        Assert.Equal(1.0, Score(ConsultPrkMng, Predicted("CONSULT", "PRK", "MNG", "2024-03-11")).ExactDateRate);
        Assert.Equal(0.0, Score(ConsultPrkMng, Predicted("CONSULT", "PRK", "MNG", "2024-03-12")).ExactDateRate);
    }

    [Fact]
    public void A_different_modality_does_not_match_and_a_missing_one_means_asserted()
    {
        Assert.Equal((0, 1, 1), Counts(Score(ConsultPrkMng, Predicted("CONSULT", "PRK", "MNG", modality: "future"))));
        var withoutModality = """{"article_id": "a", "type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-11"}""";
        Assert.Equal((1, 0, 0), Counts(Score(ConsultPrkMng, withoutModality)));
    }

    [Fact]
    public void An_also_type_matches_and_counts_under_the_gold_type()
    {
        var gold = """{"type": "CONSULT", "also": ["COOPERATE"], "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "evidence": "talks"}""";
        var report = Score(gold, Predicted("COOPERATE", "PRK", "MNG"));
        Assert.Equal((1, 0, 0), Counts(report));
        Assert.Equal([new TypeScore("CONSULT", 1, 0, 0)], report.ByType);
    }

    [Fact]
    public void Of_two_predictions_for_one_gold_event_the_exact_type_wins_whatever_the_confidence()
    {
        var gold = """{"type": "CONSULT", "also": ["SUPPORT"], "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "evidence": "talks"}""";
        var report = Score(gold, Predicted("SUPPORT", "PRK", "MNG", confidence: 0.9), Predicted("CONSULT", "PRK", "MNG", confidence: 0.1));
        Assert.Equal((1, 1, 0), Counts(report));
        Assert.Equal("SUPPORT", Assert.Single(report.UnmatchedPredictions).Type);
    }

    [Fact]
    public void A_prediction_that_fits_a_required_and_an_optional_event_goes_to_the_required_one()
    {
        var optional = """{"type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "evidence": "visit", "required": false}""";
        var report = Score(optional + ", " + ConsultPrkMng, Predicted("CONSULT", "PRK", "MNG"));
        Assert.Equal((1, 0, 0, 0), (report.TruePositives, report.FalsePositives, report.FalseNegatives, report.OptionalHits));
    }

    [Fact]
    public void Hits_on_optional_events_leave_precision_and_recall_untouched()
    {
        var optional = """{"type": "SUPPORT", "actors": [{"country": "MNG"}], "recipients": [{"country": "PRK"}], "evidence": "old friend", "required": false}""";
        var report = Score(optional + ", " + ConsultPrkMng, Predicted("SUPPORT", "MNG", "PRK"), Predicted("CONSULT", "PRK", "MNG"));
        Assert.Equal((1, 0, 0, 1), (report.TruePositives, report.FalsePositives, report.FalseNegatives, report.OptionalHits));
        Assert.Equal((1.0, 1.0), (report.Precision, report.Recall));

        var onlyOptional = Score(optional + ", " + ConsultPrkMng, Predicted("SUPPORT", "MNG", "PRK"));
        Assert.Equal((0, 0, 1, 1), (onlyOptional.TruePositives, onlyOptional.FalsePositives, onlyOptional.FalseNegatives, onlyOptional.OptionalHits));
        Assert.Equal((0.0, 0.0, 0.0), (onlyOptional.Precision, onlyOptional.Recall, onlyOptional.F1));
    }

    [Fact]
    public void Misses_and_false_positives_are_listed_as_score_py_prints_them()
    {
        var report = Score(ConsultPrkMng, Predicted("SANCTION", "USA", "RUS,CHN"));
        Assert.Equal(
            ["  MISS ('a', 'CONSULT', ['PRK'], ['MNG'], '2024-03-11', 'asserted', 'met')", "  FP   ('a', 'SANCTION', ['USA'], ['CHN', 'RUS'], '2024-03-11', 'asserted', '')"],
            report.ToLines(misses: true).Take(2));
    }

    [Fact]
    public void A_gold_article_without_an_id_is_refused()
    {
        using var gold = JsonDocument.Parse("""{"events": []}""");
        Assert.Throws<InvalidDataException>(() => EventScorer.Score([gold.RootElement.Clone()], []));
    }
}
