namespace Entente.Ingest;

/// <summary>
/// Why one input (a file, a line of a JSON Lines file, an item of a feed) gave no article. Readers report problems
/// instead of throwing so that a batch goes on past a bad item.
/// </summary>
/// <param name="Input">Where the problem is: <c>feed.xml item 3</c>, <c>gold.jsonl line 7</c>, a path or <c>stdin</c>.</param>
/// <param name="Reason">What is wrong, in a few words.</param>
public sealed record ReadProblem(string Input, string Reason)
{
    /// <summary>One line, <c>INPUT: reason</c>, fit for a log or a terminal.</summary>
    public override string ToString() => $"{OneLine(Input)}: {OneLine(Reason)}";

    // Reasons can carry exception messages or quoted input; a line break would split one problem over two log lines.
    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
