using Entente.Cli;

namespace Entente.Tests.Cli;

/// <summary>Runs the entente command line in-process with captured output and error.</summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EntenteCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
