using System.Diagnostics;
using System.Text;

namespace Entente.Tests.Evaluation;

/// <summary>Runs the reference Python scripts of ../shared/eval from the repository root, as CI and people run them.</summary>
internal static class ReferenceScripts
{
    /// <param name="script">Path from the repository root, e.g. <c>../shared/eval/score.py</c>.</param>
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The misses name events in any script; a C locale would make Python print them as ASCII or fail.
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONUTF8"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {error.Result}");
        return output;
    }

    /// <summary>The printed lines, without the empty string after the last newline.</summary>
    public static string[] Lines(string output) => output.Split('\n')[..^1];
}
