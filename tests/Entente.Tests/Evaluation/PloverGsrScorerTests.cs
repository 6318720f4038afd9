using System.Text.Json;
using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

public sealed class PloverGsrScorerTests
{
    private static readonly string GoldFile = Path.Combine(RepoPaths.SharedEval, "plover-gsr", "PLOVER_GSR_CAMEO.txt");

    private static readonly PloverGsrRecord Consult = new("c1", "CONSULT", "visit", "2000-01-01", "Yeltsin hosted Hashimoto.", ["RUS"], ["JAP"]);

    private static readonly PloverGsrRecord Sanction = new("s1", "SANCTION", null, "2000-01-01", "Italy suspended air links with Serbia.", ["ITL"], ["SRB"]);

    private static JsonElement Event(string id, string type, string actors, string recipients, double confidence = 0.5, string? mode = null)
    {
        static string Side(string countries) =>
            "[" + string.Join(", ", countries.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => $$"""{"country": "{{c}}"}""")) + "]";
        var modeJson = mode is null ? "null" : $"\"{mode}\"";
        using var document = JsonDocument.Parse($$"""{"article_id": "{{id}}", "type": "{{type}}", "mode": {{modeJson}}, "actors": {{Side(actors)}}, "recipients": {{Side(recipients)}}, "confidence": {{confidence}}}""");
        return document.RootElement.Clone();
    }

    [Fact]
    public void The_gold_file_reads_as_one_sentence_per_record_without_the_documentation_record()
    {
        var records = PloverGsrFile.Read(GoldFile);
        Assert.Equal(322, records.Count);
        Assert.DoesNotContain(records, r => r.EventType == "DOCUMENT");
        var reciprocal = records.Single(r => r.Id == "PLOVER-GSR01-AGREE-0001");
        Assert.Equal(["HUN", "ROU"], reciprocal.SourceCodes);
        Assert.Empty(reciprocal.TargetCodes);
        Assert.Empty(records.Single(r => r.Id == "PLOVER-GSR01-AGREE-0007").TargetCodes);
        Assert.Equal(new DateOnly(2000, 1, 1), reciprocal.ToArticle().Published);
    }

    [Fact]
    public void A_sentence_scores_the_event_of_its_gold_type_and_reads_legacy_country_codes_as_iso()
    {
        var report = PloverGsrScorer.Score([Consult, Sanction],
        [
            Event("c1", "SUPPORT", "RUS", "JPN", 0.9),
            Event("c1", "CONSULT", "RUS", "JPN", 0.4, "visit"),
            Event("s1", "SANCTION", "ITA", "SRB"),
        ]);
        Assert.Equal((2, 2, 1), (report.Sentences, report.TypeCorrect, report.TopTypeCorrect));
        Assert.Equal((2, 2, 2, 2), (report.ActorScored, report.ActorCorrect, report.TargetScored, report.TargetCorrect));
        Assert.Equal((1, 1), (report.ModeScored, report.ModeCorrect));
        Assert.Equal((1.0, 0.5), (report.TypeAccuracy, report.TopTypeAccuracy));
    }

    [Fact]
    public void Swapped_sides_count_for_a_symmetric_act_and_not_for_a_directed_one()
    {
        var report = PloverGsrScorer.Score([Consult, Sanction], [Event("c1", "CONSULT", "JPN", "RUS"), Event("s1", "SANCTION", "SRB", "ITA")]);
        Assert.Equal([true, false], report.PerSentence.Select(s => s.ActorCorrect));
        Assert.Equal([true, false], report.PerSentence.Select(s => s.TargetCorrect));
    }

    [Fact]
    public void A_sentence_without_events_is_wrong_on_every_count_and_listed_as_a_miss()
    {
        var report = PloverGsrScorer.Score([Consult], []);
        Assert.Equal((0, 0, 0, 0), (report.SentencesWithEvents, report.TypeCorrect, report.ActorCorrect, report.TargetCorrect));
        Assert.Equal(0.0, report.TypeAccuracy);
        var lines = report.ToLines(byType: true, misses: true);
        Assert.Equal("  CONSULT      sentences=  1 type_ok=  0 actor_ok=  0 target_ok=  0", lines[0]);
        Assert.Equal("  MISS c1 gold=CONSULT RUS->JPN got=no event", lines[1]);
        Assert.Equal("sentences=1 with_events=0 type_accuracy=0.000 top_type_accuracy=0.000", lines[2]);
    }
}
