using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli.Output;
using Entente.Evaluation;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval GOLD</c>: codes a gold set's articles with the event pipeline and scores the events as the
/// reference scorers in ../shared/eval do, printing what they print so the two can be compared line for line.
/// Exit codes: 0 scored, 1 the gold set is missing or unreadable, 2 the score is below <c>--min-f1</c>.
/// </summary>
public static class EvalCommand
{
    private const string PetrXmlName = "PETR2_GSR_validation.xml";
    private const string PloverFileName = "PLOVER_GSR_CAMEO.txt";

    private enum GoldSet
    {
        News,
        Petr2,
        Plover,
    }

    public static Command Create()
    {
        var gold = new Argument<string?>("gold")
        {
            Description = "The gold set: a JSON Lines file of articles with their events (scored as score.py does), "
                + $"or a folder or file of a known set — one holding {PetrXmlName} is scored as PETR2, one holding {PloverFileName} as PLOVER",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var petr2 = new Option<string?>("--petr2") { Description = $"The petr2-gsr folder (or its {PetrXmlName}): score_petr.py's exact and lenient scores", HelpName = "DIR" };
        var plover = new Option<string?>("--plover") { Description = $"The plover-gsr folder (or its {PloverFileName}): event-type and actor/target country accuracy per sentence", HelpName = "DIR" };
        var byType = new Option<bool>("--by-type") { Description = "Also print the counts of each event type" };
        var misses = new Option<bool>("--misses") { Description = "Also list the missed gold events and the false positives (PETR2: the per-record lines)" };
        var json = new Option<bool>("--json") { Description = "Print the scorer's JSON object instead of its lines" };
        var predictions = new Option<string?>("--predictions") { Description = "Also write the coded events (FORMAT.md JSON Lines) to this file", HelpName = "OUT.jsonl" };
        var minF1 = new Option<double?>("--min-f1")
        {
            Description = "Exit with 2 when F1 is below this (PETR2: the lenient F1; PLOVER: the event-type accuracy)",
            HelpName = "X",
        };
        var command = new Command(
            "eval",
            "Code a gold set's articles and score the events as ../shared/eval's scorers do, printing what they print. "
                + $"GOLD.jsonl is scored as score.py; a folder or file holding {PetrXmlName} (or an .xml file) as events2petrtsv.py + score_petr.py; "
                + $"one holding {PloverFileName} by accuracy per sentence. --petr2 and --plover name the set instead of detecting it. "
                + "Exit: 0 scored, 1 gold set missing or unreadable, 2 below --min-f1")
        {
            gold, petr2, plover, byType, misses, json, predictions, minF1,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var chosen = new[] { (Path: parse.GetValue(gold), Set: (GoldSet?)null), (parse.GetValue(petr2), GoldSet.Petr2), (parse.GetValue(plover), GoldSet.Plover) }
                .Where(c => c.Path is not null)
                .ToList();
            if (chosen.Count != 1)
            {
                error.WriteLine("entente eval: give one gold set: GOLD, --petr2 DIR or --plover DIR");
                return 1;
            }

            var path = chosen[0].Path!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                error.WriteLine($"{path}: no such file or folder");
                return 1;
            }

            var set = chosen[0].Set ?? Detect(path);

            // The predictions file is opened before any coding, so a bad path fails at once instead of after the run.
            StreamWriter? predictionsFile = null;
            if (parse.GetValue(predictions) is { } predictionsPath)
            {
                try
                {
                    predictionsFile = new StreamWriter(predictionsPath, append: false) { NewLine = "\n" };
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine(new ReadProblem(predictionsPath, exception.Message).ToString());
                    return 1;
                }
            }

            using var predictionsWriter = predictionsFile;
            var run = new EvalRun(CommonOptions.LexiconFor(parse), output, error, predictionsWriter);
            try
            {
                var score = set switch
                {
                    GoldSet.Petr2 => ScorePetr2(path, run, parse.GetValue(json), parse.GetValue(misses)),
                    GoldSet.Plover => ScorePlover(path, run, parse.GetValue(json), parse.GetValue(byType), parse.GetValue(misses)),
                    _ => ScoreNews(path, run, parse.GetValue(json), parse.GetValue(byType), parse.GetValue(misses)),
                };
                if (parse.GetValue(minF1) is { } floor && score < floor)
                {
                    var what = set switch { GoldSet.Petr2 => "lenient f1", GoldSet.Plover => "type accuracy", _ => "f1" };
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} {score} is below the floor {floor}"));
                    return 2;
                }

                return 0;
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(new ReadProblem(path, exception.Message).ToString());
                return 1;
            }
        });
        return command;
    }

    // A folder is recognised by the gold file it holds; a file by its extension or name; anything else is news JSON Lines.
    private static GoldSet Detect(string path)
    {
        if (Directory.Exists(path))
        {
            return File.Exists(Path.Combine(path, PetrXmlName)) ? GoldSet.Petr2
                : File.Exists(Path.Combine(path, PloverFileName)) ? GoldSet.Plover
                : GoldSet.News;
        }

        return Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase) ? GoldSet.Petr2
            : Path.GetFileName(path).StartsWith("PLOVER_GSR", StringComparison.OrdinalIgnoreCase) ? GoldSet.Plover
            : GoldSet.News;
    }

    /// <returns>F1, rounded to three decimals as printed.</returns>
    private static double ScoreNews(string path, EvalRun run, bool json, bool byType, bool misses)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"a folder, but holds neither {PetrXmlName} nor {PloverFileName}; give a gold JSON Lines file");
        }

        var goldArticles = EvaluationFiles.ReadGoldArticles(path);
        if (goldArticles.Count == 0)
        {
            throw new InvalidDataException("no gold articles");
        }

        EventScorer.CheckGold(goldArticles);

        var predicted = run.Code(ReadArticles(path, run.Error));
        var report = EventScorer.Score(goldArticles, predicted);
        run.Write(json ? [report.ToJson()] : report.ToLines(byType, misses));
        return report.F1;
    }

    /// <returns>The lenient F1 (four decimals, as in score_petr.py's JSON).</returns>
    private static double ScorePetr2(string path, EvalRun run, bool json, bool perRecord)
    {
        var xml = Directory.Exists(path) ? Path.Combine(path, PetrXmlName) : path;
        var records = PetrValidationFile.ReadRecords(xml);
        if (records.Count == 0)
        {
            throw new InvalidDataException("no validation records");
        }

        var report = PetrLenientScorer.Score(records, PetrValidationFile.ReadInclude(xml), run.Code(PetrArticles(xml, records)));
        var lines = new List<string>();
        if (json)
        {
            lines.Add(report.ToJson());
            lines.AddRange(perRecord ? report.PerRecordLines() : []);
        }
        else
        {
            lines.AddRange(report.ToLines(perRecord));
        }

        run.Write(lines);
        return report.Lenient.F1;
    }

    /// <returns>The event-type accuracy.</returns>
    private static double ScorePlover(string path, EvalRun run, bool json, bool byType, bool misses)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, PloverFileName) : path;
        var records = PloverGsrFile.Read(file);
        if (records.Count == 0)
        {
            throw new InvalidDataException("no gold sentences");
        }

        var report = PloverGsrScorer.Score(records, run.Code(records.Select(r => r.ToArticle())));
        run.Write(json ? [report.ToJson()] : report.ToLines(byType, misses));
        return report.TypeAccuracy;
    }

    // The JSON Lines beside the XML hold the same sentences as articles: those are coded, as `entente code` would
    // code them. A record the file lacks or cannot give (PETR2 has one dated "121108", and one with no text) is coded
    // from the XML instead, undated where its date does not parse, so that every record is coded.
    private static List<Article> PetrArticles(string xml, IReadOnlyList<PetrRecord> records)
    {
        var articlesFile = Path.ChangeExtension(xml, ".jsonl");
        var read = File.Exists(articlesFile)
            ? ArticleSource.ReadFile(articlesFile).Where(item => item.Article is not null).Select(item => item.Article!).ToList()
            : [];
        var byId = read.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. records.Select(r => byId.GetValueOrDefault(r.Id) ?? r.ToArticle())];
    }

    // Articles as `entente code` reads them; a bad line is reported and skipped (it still counts as a gold article).
    private static IEnumerable<Article> ReadArticles(string path, TextWriter error)
    {
        foreach (var item in ArticleSource.ReadFile(path))
        {
            if (item.Problem is { } problem)
            {
                error.WriteLine(problem.ToString());
            }
            else
            {
                yield return item.Article!;
            }
        }
    }

    /// <summary>One evaluation's coder and writers: codes articles into FORMAT.md lines, optionally saved.</summary>
    private sealed class EvalRun(Lexicon lexicon, TextWriter output, TextWriter error, TextWriter? predictions)
    {
        public TextWriter Error { get; } = error;

        /// <summary>
        /// Codes the articles and returns their events as parsed FORMAT.md lines: what is scored is exactly what
        /// <c>--predictions</c> writes and <c>entente code</c> prints.
        /// </summary>
        public List<JsonElement> Code(IEnumerable<Article> articles)
        {
            var pipeline = EventCoding.Create(lexicon);
            var lines = new List<string>();
            foreach (var article in articles)
            {
                var document = pipeline.Process(article);
                lines.AddRange(document.Events.Select(e => EventJson.Line(document, e)));
            }

            if (predictions is not null)
            {
                foreach (var line in lines)
                {
                    predictions.WriteLine(line);
                }
            }

            return [.. lines.Select(line =>
            {
                using var parsed = JsonDocument.Parse(line);
                return parsed.RootElement.Clone();
            })];
        }

        public void Write(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }
    }
}
