using System.Text.Json;
using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>
/// The C# scorer against ../shared/eval/score.py on the same files: the JSON object field by field, and the printed
/// lines (with --by-type and --misses) character by character.
/// </summary>
public sealed class ScorePyParityTests : IDisposable
{
    private const string ScorePy = "../shared/eval/score.py";

    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Gold_events_re_emitted_as_predictions_score_one_in_both(string goldName)
    {
        var gold = Path.Combine(RepoPaths.SharedEval, goldName);
        var report = AssertSameAsScorePy(gold, scratch.WriteLines("identity.jsonl", GoldDerivedPredictions.Identity(gold)));
        Assert.Equal((1.0, 1.0, 1.0, 0), (report.Precision, report.Recall, report.F1, report.FalsePositives));
        Assert.True(report.OptionalHits > 0);
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Perturbed_gold_events_score_the_same_in_both(string goldName)
    {
        var gold = Path.Combine(RepoPaths.SharedEval, goldName);
        var report = AssertSameAsScorePy(gold, scratch.WriteLines("perturbed.jsonl", GoldDerivedPredictions.Perturbed(gold)));
        Assert.InRange(report.F1, 0.1, 0.99);
        Assert.NotEmpty(report.Misses);
        Assert.NotEmpty(report.UnmatchedPredictions);
    }

    [Theory]
    [InlineData("news-dev.jsonl")]
    [InlineData("news-dev-world.jsonl")]
    public void Predictions_of_optional_events_only_are_hits_and_never_false_positives_in_both(string goldName)
    {
        // Some optional events also match a required one (an also-type, a symmetric pair), so tp is not zero.
        var gold = Path.Combine(RepoPaths.SharedEval, goldName);
        var report = AssertSameAsScorePy(gold, scratch.WriteLines("optional.jsonl", GoldDerivedPredictions.OptionalOnly(gold)));
        Assert.Equal(0, report.FalsePositives);
        Assert.True(report.OptionalHits > 0);
    }

    [Fact]
    public void No_predictions_at_all_score_zero_with_no_exact_date_rate_in_both()
    {
        var report = AssertSameAsScorePy(RepoPaths.NewsDev, scratch.Write("empty.jsonl", string.Empty));
        Assert.Null(report.ExactDateRate);
    }

    [Fact]
    public void Odd_values_unparsable_lines_and_unknown_articles_score_the_same_in_both()
    {
        // Values FORMAT.md does not promise: score.py reads them with Python semantics, and so must the port.
        var gold = scratch.WriteLines("gold.jsonl",
        [
            """{"id": "a", "events": [{"type": "CONSULT", "also": "SUPPORT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-10", "end_date": "2024-03-12", "modality": "asserted", "evidence": "Pak's \"visit\" — with a tab\there", "required": true},""" +
            """ {"type": "AGREE", "actors": ["MNG", "PRK"], "recipients": [], "date": "2024-03", "evidence": "agreed", "required": 0},""" +
            """ {"type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [{"country": "RUS"}], "date": "2024", "modality": "negated", "evidence": "did not sanction"}]}""",
            """{"id": "b", "events": [{"type": "REQUEST", "actors": [{"country": "JPN"}], "recipients": [{"country": "PRK"}], "date": "not a date", "evidence": "asked"}]}""",
            """{"id": 7, "events": [{"type": "AID", "actors": [{"country": "KOR"}], "recipients": [], "evidence": "helped"}]}""",
            """{"id": "a", "events": [{"type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-11", "modality": "asserted", "evidence": "met again", "required": true}]}""",
            """{"id": "c", "events": []}""",
        ]);
        var predictions = scratch.WriteLines("odd.jsonl",
        [
            """{"article_id": "a", "type": "S", "actors": [{"country": "prk"}], "recipients": [{"country": "mng"}], "date": "2024-03-13", "modality": "", "confidence": true}""",
            """{"article_id": "a", "type": "CONSULT", "actors": [{"country": "MNG"}, {"country": "PRK"}], "recipients": null, "date": "2024-3-11", "modality": null, "confidence": 1}""",
            """{"article_id": "a", "type": "AGREE", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-02-29", "end_date": "2024-01-01", "confidence": 0.7, "evidence": "Ünïcödé ‘quotes’ and \"double\" and 'single'"}""",
            """{"article_id": "a", "type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [{"country": "RUS"}], "date": 2024, "modality": "negated", "confidence": 0.7, "evidence": ["a", "list"]}""",
            """{"article_id": "b", "type": "REQUEST", "actors": [{"country": "JPN", "sector": "GOV"}], "recipients": [{"country": "PRK"}], "confidence": 0.2, "evidence": {"text": null}}""",
            """{"article_id": "b", "type": null, "actors": [], "recipients": [], "confidence": 0.2}""",
            """{"article_id": 7, "type": "AID", "actors": [{"country": "KOR"}], "recipients": [], "confidence": 0.9}""",
            """{"article_id": "zzz", "type": "AID", "actors": [{"country": "KOR"}], "confidence": 0.9}""",
            """{"type": "AID", "actors": [{"country": "KOR"}]}""",
            "not json at all",
            "{\"article_id\": \"a\", \"type\":",
            "   ",
        ]);
        var report = AssertSameAsScorePy(gold, predictions);
        Assert.Equal(4, report.Articles);
        Assert.Equal(2, report.UnparsableLines);
    }

    [Fact]
    public void Dates_python_int_reads_and_text_beyond_the_basic_plane_score_and_print_the_same_in_both()
    {
        // int() takes spaces, signs, underscores and any script's digits; slicing and repr count code points, and a
        // lone surrogate escape survives as a character.
        var emoji = string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 130));
        var gold = scratch.WriteLines("gold.jsonl",
        [
            """{"id": "x", "events": [""" +
            $$"""{"type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": " 2024-03-10", "evidence": "{{emoji}}"}, """ +
            """{"type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [], "date": "2_024-0_3", "evidence": "ctl\u0001\u007f\u200b\u00a0 \u00e9"}, """ +
            """{"type": "AID", "actors": [{"country": "KOR"}], "recipients": [], "date": "2024-02-30", "evidence": "bad day"}, """ +
            """{"type": "ACCUSE", "actors": [{"country": "FRA"}], "recipients": [{"country": "NER"}], "date": "+2024-1-5", "evidence": "x"}, """ +
            """{"type": "REJECT", "actors": [{"country": "NER"}], "recipients": [{"country": "FRA"}], "date": "\u0662\u0660\u0662\u0664", "evidence": "arabic digits"}, """ +
            """{"type": "THREATEN", "actors": [{"country": "NER"}], "recipients": [{"country": "FRA"}], "date": "2024-12", "end_date": "2025-01-03", "evidence": "span"}]}""",
        ]);
        var predictions = scratch.WriteLines("exotic.jsonl",
        [
            $$$"""{"article_id": "x", "type": "CONSULT", "actors": [{"country": "MNG"}], "recipients": [{"country": "PRK"}], "date": "2024-03-11", "confidence": 0.3, "evidence": {"text": "{{{emoji[..^6]}}}"}}""",
            """{"article_id": "x", "type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [], "date": "2024-04-01", "confidence": 0.3}""",
            """{"article_id": "x", "type": "AID", "actors": [{"country": "KOR"}], "recipients": [], "date": null, "confidence": 0.3}""",
            """{"article_id": "x", "type": "ACCUSE", "actors": [{"country": "FRA"}], "recipients": [{"country": "NER"}], "date": "2024-01-04", "confidence": 0.3}""",
            """{"article_id": "x", "type": "REJECT", "actors": [{"country": "NER"}], "recipients": [{"country": "FRA"}], "date": "2024-12-31", "confidence": 0.3}""",
            """{"article_id": "x", "type": "THREATEN", "actors": [{"country": "NER"}], "recipients": [{"country": "FRA"}], "date": "2025-01-04", "confidence": 0.3}""",
            """{"article_id": "x", "type": "THREATEN", "actors": [{"country": "NER"}], "recipients": [{"country": "FRA"}], "date": "2025-01-05", "confidence": 0.31, "evidence": "tab\there 'q' \"d\" \\ back"}""",
            """{"article_id": "x", "type": "PROTEST", "actors": "NER", "recipients": {"country": "FRA"}, "date": "2024", "confidence": -1, "evidence": "x"}""",
        ]);
        var report = AssertSameAsScorePy(gold, predictions);
        Assert.Equal((5, 3, 1), (report.TruePositives, report.FalsePositives, report.FalseNegatives));
    }

    [Fact]
    public void Precision_on_an_exact_tie_rounds_half_to_even_as_python_does()
    {
        // 1/16 = 0.0625 exactly: Python prints 0.062 where .NET's own "F3" would print 0.063.
        var gold = scratch.WriteLines("gold.jsonl",
        [
            """{"id": "a", "events": [{"type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-10", "modality": "asserted", "evidence": "met"}]}""",
        ]);
        var wrong = Enumerable.Range(0, 15).Select(i => $$"""{"article_id": "a", "type": "SANCTION", "actors": [{"country": "USA"}], "recipients": [], "confidence": 0.{{i}}}""");
        var report = AssertSameAsScorePy(gold, scratch.WriteLines("tie.jsonl",
            ["""{"article_id": "a", "type": "CONSULT", "actors": [{"country": "PRK"}], "recipients": [{"country": "MNG"}], "date": "2024-03-10", "confidence": 1.0}""", .. wrong]));
        Assert.Equal(0.062, report.Precision);
        Assert.Contains("precision=0.062 ", report.ToLines()[^1], StringComparison.Ordinal);
    }

    /// <summary>Scores with both and asserts they agree on every reported field and every printed line.</summary>
    private static ScoreReport AssertSameAsScorePy(string gold, string predictions)
    {
        var read = EvaluationFiles.ReadPredictions(predictions);
        var report = EventScorer.Score(EvaluationFiles.ReadGoldArticles(gold), read.Events, read.UnparsableLines);

        var pythonJson = ReferenceScripts.Run(ScorePy, gold, predictions, "--json");
        using (var expected = JsonDocument.Parse(pythonJson))
        {
            var e = expected.RootElement;
            Assert.Equal(e.GetProperty("articles").GetInt32(), report.Articles);
            Assert.Equal(e.GetProperty("predicted").GetInt32(), report.Predicted);
            Assert.Equal(e.GetProperty("unparsable_lines").GetInt32(), report.UnparsableLines);
            Assert.Equal(e.GetProperty("tp").GetInt32(), report.TruePositives);
            Assert.Equal(e.GetProperty("fp").GetInt32(), report.FalsePositives);
            Assert.Equal(e.GetProperty("fn").GetInt32(), report.FalseNegatives);
            Assert.Equal(e.GetProperty("optional_hits").GetInt32(), report.OptionalHits);
            Assert.Equal(e.GetProperty("precision").GetDouble(), report.Precision);
            Assert.Equal(e.GetProperty("recall").GetDouble(), report.Recall);
            Assert.Equal(e.GetProperty("f1").GetDouble(), report.F1);
            var rate = e.GetProperty("exact_date_rate");
            Assert.Equal(rate.ValueKind == JsonValueKind.Null ? null : rate.GetDouble(), report.ExactDateRate);
        }

        Assert.Equal(pythonJson, report.ToJson() + "\n");
        Assert.Equal(ReferenceScripts.Lines(ReferenceScripts.Run(ScorePy, gold, predictions)), report.ToLines());
        Assert.Equal(ReferenceScripts.Lines(ReferenceScripts.Run(ScorePy, gold, predictions, "--by-type", "--misses")), report.ToLines(byType: true, misses: true));
        return report;
    }
}
