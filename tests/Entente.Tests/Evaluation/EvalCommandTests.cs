using System.Text.Json;
using Entente.Cli;

namespace Entente.Tests.Evaluation;

/// <summary><c>entente eval</c>: its output equals the reference scorers' on the events it wrote, and its failures are one line.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private static readonly string PetrFolder = Path.Combine(RepoPaths.SharedEval, "petr2-gsr");

    private readonly ScratchFolder scratch = new();

    public void Dispose() => scratch.Dispose();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EntenteCommandLine.Run(args, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    private static void AssertOneLineError((int Exit, string Output, string Error) run, int exit, string mention)
    {
        Assert.Equal(exit, run.Exit);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gold_file_is_one_line_and_exit_1()
    {
        AssertOneLineError(Run("eval", "/nonexistent/gold.jsonl"), 1, "/nonexistent/gold.jsonl");
    }

    [Fact]
    public void A_gold_file_with_a_bad_line_is_one_line_naming_the_line_and_exit_1()
    {
        var gold = scratch.WriteLines("gold.jsonl", ["""{"id": "a", "text": "x", "published": "2024-01-01", "events": []}""", "{broken"]);
        AssertOneLineError(Run("eval", gold), 1, "line 2");
    }

    [Fact]
    public void A_gold_article_without_an_id_is_one_line_and_exit_1()
    {
        var gold = scratch.WriteLines("gold.jsonl", ["""{"text": "x", "published": "2024-01-01", "events": []}"""]);
        AssertOneLineError(Run("eval", gold), 1, "\"id\"");
    }

    [Fact]
    public void No_gold_set_or_two_of_them_is_one_line_and_exit_1()
    {
        AssertOneLineError(Run("eval"), 1, "give one gold set");
        AssertOneLineError(Run("eval", RepoPaths.NewsDev, "--petr2", PetrFolder), 1, "give one gold set");
    }

    [Fact]
    public void A_folder_without_a_known_gold_set_is_one_line_and_exit_1()
    {
        AssertOneLineError(Run("eval", scratch.Path), 1, "neither");
    }

    [Fact]
    public void A_predictions_file_that_cannot_be_written_is_one_line_and_exit_1()
    {
        AssertOneLineError(Run("eval", RepoPaths.NewsDev, "--predictions", "/nonexistent/folder/out.jsonl"), 1, "/nonexistent/folder/out.jsonl");
    }

    [Fact]
    public void Eval_prints_what_score_py_prints_for_the_events_it_coded()
    {
        var predictions = Path.Combine(scratch.Path, "predictions.jsonl");
        var json = Run("eval", RepoPaths.NewsDev, "--json", "--predictions", predictions);
        Assert.Equal(0, json.Exit);
        Assert.Equal(ReferenceScripts.Run("../shared/eval/score.py", RepoPaths.NewsDev, predictions, "--json"), json.Output);

        var lines = Run("eval", RepoPaths.NewsDev, "--by-type", "--misses");
        Assert.Equal(0, lines.Exit);
        Assert.Equal(ReferenceScripts.Run("../shared/eval/score.py", RepoPaths.NewsDev, predictions, "--by-type", "--misses"), lines.Output);
    }

    [Fact]
    public void An_f1_below_the_floor_exits_2_with_one_line_and_a_floor_at_zero_passes()
    {
        var below = Run("eval", RepoPaths.NewsDev, "--min-f1", "1.01");
        Assert.Equal(2, below.Exit);
        Assert.Contains("below the floor 1.01", Assert.Single(below.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal(0, Run("eval", RepoPaths.NewsDev, "--min-f1", "0").Exit);
    }

    [Fact]
    public void Eval_petr2_prints_what_events2petrtsv_and_score_petr_print_for_the_events_it_coded()
    {
        var predictions = Path.Combine(scratch.Path, "petr.jsonl");
        var run = Run("eval", "--petr2", PetrFolder, "--json", "--predictions", predictions);
        Assert.Equal(0, run.Exit);
        var tsv = scratch.Write("petr.tsv", ReferenceScripts.Run("../shared/eval/petr2-gsr/events2petrtsv.py", predictions));
        Assert.Equal(ReferenceScripts.Run("../shared/eval/petr2-gsr/score_petr.py", Path.Combine(PetrFolder, "PETR2_GSR_validation.xml"), tsv, "--json"), run.Output);

        // The folder alone is recognised as the PETR2 set.
        var detected = Run("eval", PetrFolder);
        Assert.Equal(0, detected.Exit);
        Assert.StartsWith("records 78  gold events 80", detected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_plover_reports_accuracy_over_every_gold_sentence()
    {
        var run = Run("eval", "--plover", Path.Combine(RepoPaths.SharedEval, "plover-gsr"), "--json");
        Assert.Equal(0, run.Exit);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(322, report.RootElement.GetProperty("sentences").GetInt32());
        Assert.InRange(report.RootElement.GetProperty("type_accuracy").GetDouble(), 0.0, 1.0);
    }
}
