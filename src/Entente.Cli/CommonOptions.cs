using System.CommandLine;
using Entente.Knowledge;

namespace Entente.Cli;

/// <summary>Options every command shares.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = "A dictionary folder with the layout of data/; its files replace the embedded ones",
        Recursive = true,
    };

    /// <summary>The lexicon for a parse: the embedded one, or one built with an override folder.</summary>
    public static Lexicon LexiconFor(ParseResult parse)
    {
        var folder = parse.GetValue(Data);
        return folder is null ? Lexicon.Default : Lexicon.From(DataSet.Load(folder.FullName));
    }
}
