using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>
/// The PETR2 scorer against the reference pipeline — events2petrtsv.py into score_petr.py — on the same hand-made
/// prediction files: the JSON object field by field, and the printed lines.
/// </summary>
public sealed class PetrParityTests : IDisposable
{
    private const string EventsToTsv = "../shared/eval/petr2-gsr/events2petrtsv.py";
    private const string ScorePetr = "../shared/eval/petr2-gsr/score_petr.py";

    private static readonly string GoldXml = Path.Combine(RepoPaths.SharedEval, "petr2-gsr", "PETR2_GSR_validation.xml");

    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void Gold_codings_re_emitted_as_events_score_one_in_both()
    {
        var records = PetrValidationFile.ReadRecords(GoldXml);
        var events = records.SelectMany(r => r.Gold.Select(g => Event(r.Id, g.Code, g.Source, g.Target)));
        var report = AssertSameAsScorePetr(scratch.WriteLines("identity.jsonl", events.Select(e => e.ToJsonString())));
        Assert.Equal((1.0, 1.0, 1.0), (report.Lenient.Precision, report.Lenient.Recall, report.Lenient.F1));
        Assert.Equal((1.0, 1.0), (report.Exact.Precision, report.Exact.F1));
    }

    [Fact]
    public void Hand_made_predictions_with_near_misses_score_the_same_in_both()
    {
        var report = AssertSameAsScorePetr(scratch.WriteLines("hand-made.jsonl", HandMadeEvents().Select(e => e.ToJsonString())));
        Assert.True(report.Lenient.TruePositives > report.Exact.TruePositives);
        Assert.InRange(report.Lenient.F1, 0.3, 0.99);
        Assert.Equal(["UNKNOWN-1"], report.EventsForUnknownIds);
    }

    [Fact]
    public void The_validation_file_reads_as_petr_records_py_reads_it()
    {
        var records = PetrValidationFile.ReadRecords(GoldXml);
        Assert.Equal(78, records.Count);
        Assert.Equal(80, records.Sum(r => r.Gold.Count));
        Assert.Equal(12, records.Count(r => r.NoEvents));
        Assert.Equal(["AFP", "TEST", "GOLD", "VERB", "PASSIVE", "OTHER"], PetrValidationFile.ReadInclude(GoldXml));
        var first = records[0];
        Assert.Equal(("AFP0808020625_4", "20080804", "AFP", true), (first.Id, first.Date, first.Category, first.Evaluate));
        Assert.Equal([new PetrEventCode("042", "USA", "CHN")], first.Gold);
        Assert.StartsWith("The stopover came as the US leader prepared", first.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2008, 8, 4), first.ToArticle().Published);
    }

    [Fact]
    public void Repeated_ids_are_made_unique_and_tilde_codes_read_as_unknown()
    {
        var records = PetrValidationFile.ParseRecords("""
            <Sentences>
            <Sentence category="X" date="20010203" id="S1" evaluate="false"/>
            <EventCoding eventcode="040" sourcecode="~" targetcode="USAGOV" />
            <Text>
            One line
              and another.
            </Text>
            </Sentence>
            <Sentence category="X" id="S1">
            <EventCoding noevents="True" />
            <Text>Short.</Text>
            <Stop>
            <Sentence id="after-stop">
            """);
        Assert.Equal(["S1", "S1~2"], records.Select(r => r.Id));
        Assert.Equal([new PetrEventCode("040", "---", "USAGOV")], records[0].Gold);
        Assert.Equal(("One line and another.", false), (records[0].Text, records[0].Evaluate));
        Assert.Equal(("Short.", true, "20000101"), (records[1].Text, records[1].NoEvents, records[1].Date));
    }

    // The gold codings with one change each, chosen by position — another CAMEO code in the same root, another
    // sector, swapped sides, no recipients, dropped, no CAMEO code, an extra actor — plus events on no-event
    // records, an unknown id, a sentence-suffixed id and a second copy.
    private static IEnumerable<JsonObject> HandMadeEvents()
    {
        var index = 0;
        foreach (var record in PetrValidationFile.ReadRecords(GoldXml))
        {
            foreach (var gold in record.Gold)
            {
                var e = Event(record.Id, gold.Code, gold.Source, gold.Target);
                switch (index++ % 8)
                {
                    case 0:
                        e["cameo"] = gold.Code[..2] + "9";
                        break;
                    case 1:
                        e["actors"]![0]!["sector"] = "MIL";
                        break;
                    case 2:
                        (e["actors"], e["recipients"]) = (e["recipients"]!.DeepClone(), e["actors"]!.DeepClone());
                        break;
                    case 3:
                        e["recipients"] = new JsonArray();
                        break;
                    case 4:
                        continue;
                    case 5:
                        e["cameo"] = null;
                        break;
                    case 6:
                        e["actors"]!.AsArray().Add(new JsonObject { ["country"] = "USA", ["sector"] = "GOV" });
                        break;
                }

                yield return e;
            }

            if (record.NoEvents && index % 3 == 0)
            {
                yield return Event(record.Id, "010", "FRA", "---");
            }
        }

        yield return Event("UNKNOWN-1", "040", "---", "---");
        yield return Event("AFP0808020625_4_0", "042", "USA", "CHNGOV");
        yield return Event("AFP0808020625_4#r1_0", "042", "USA", "CHN");
    }

    // An event as FORMAT.md writes it, from PETR actor codes ("USAGOV" -> country USA, sector GOV; "---" -> no country).
    private static JsonObject Event(string articleId, string cameo, string source, string target)
    {
        static JsonObject Actor(string code) => new()
        {
            ["country"] = code.StartsWith("---", StringComparison.Ordinal) ? null : code[..3],
            ["sector"] = code.Length > 3 ? code[3..] : null,
            ["name"] = null,
            ["role"] = null,
            ["text"] = code,
        };

        return new JsonObject
        {
            ["article_id"] = articleId,
            ["type"] = "CONSULT",
            ["cameo"] = cameo,
            ["actors"] = new JsonArray(Actor(source)),
            ["recipients"] = new JsonArray(Actor(target)),
            ["confidence"] = 0.5,
        };
    }

    private PetrReport AssertSameAsScorePetr(string eventsFile)
    {
        var tsv = scratch.Write(Path.GetFileNameWithoutExtension(eventsFile) + ".tsv", ReferenceScripts.Run(EventsToTsv, eventsFile));
        var events = EvaluationFiles.ReadPredictions(eventsFile).Events;
        var records = PetrValidationFile.ReadRecords(GoldXml);
        var include = PetrValidationFile.ReadInclude(GoldXml);
        var report = PetrLenientScorer.Score(records, include, events);

        // The C# rows are the Python rows, byte for byte.
        Assert.Equal(File.ReadAllText(tsv), PetrEventRows.ToTsv(events));

        var pythonJson = ReferenceScripts.Run(ScorePetr, GoldXml, tsv, "--json");
        using (var expected = JsonDocument.Parse(pythonJson))
        {
            var e = expected.RootElement;
            Assert.Equal(e.GetProperty("records").GetInt32(), report.Records);
            Assert.Equal(e.GetProperty("gold_events").GetInt32(), report.GoldEvents);
            Assert.Equal(e.GetProperty("pred_events").GetInt32(), report.PredictedEvents);
            foreach (var (name, score) in new[] { ("exact", report.Exact), ("lenient", report.Lenient) })
            {
                var kind = e.GetProperty(name);
                Assert.Equal(kind.GetProperty("tp").GetInt32(), score.TruePositives);
                Assert.Equal(kind.GetProperty("precision").GetDouble(), score.Precision);
                Assert.Equal(kind.GetProperty("recall").GetDouble(), score.Recall);
                Assert.Equal(kind.GetProperty("f1").GetDouble(), score.F1);
            }

            Assert.Equal(e.GetProperty("noevent_records").GetInt32(), report.NoEventRecords);
            Assert.Equal(e.GetProperty("noevent_records_left_empty").GetInt32(), report.NoEventRecordsLeftEmpty);
            Assert.Equal(e.GetProperty("event_records_fully_exact").GetString(), $"{report.EventRecordsFullyExact}/{report.EventRecords}");
            Assert.Equal(e.GetProperty("copies_scored").GetInt32(), report.CopiesScored);
            Assert.Equal(
                e.TryGetProperty("events_for_unknown_ids", out var unknown) ? unknown.EnumerateArray().Select(x => x.GetString()!).ToArray() : [],
                report.EventsForUnknownIds);
            Assert.Equal(e.GetProperty("records_not_scored_with_events").GetInt32(), report.RecordsNotScoredWithEvents);
        }

        Assert.Equal(pythonJson, report.ToJson() + "\n");
        Assert.Equal(ReferenceScripts.Lines(ReferenceScripts.Run(ScorePetr, GoldXml, tsv, "--per-record")), report.ToLines(perRecord: true));

        var repeated = PetrLenientScorer.Score(records, include, events, new PetrScoreOptions(RepeatOk: true, DropNullActor: true, AllCategories: true));
        Assert.Equal(ReferenceScripts.Run(ScorePetr, GoldXml, tsv, "--repeat-ok", "--drop-null-actor", "--all-categories", "--json"), repeated.ToJson() + "\n");
        return report;
    }
}
