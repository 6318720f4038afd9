using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>A Spectre console over a writer: colours on a terminal, plain 160-column text when redirected or captured.</summary>
public static class ConsoleFor
{
    public static IAnsiConsole Writer(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
