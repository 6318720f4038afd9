using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command: composes the subcommands and runs one with the given output writers.</summary>
public static class EntenteCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Entente reads international news and codes who did what to whom, when and where.");
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(CodeCommand.Create());
        root.Subcommands.Add(DictCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(RecodeCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(RelationsCommand.Create());
        root.Subcommands.Add(ShiftsCommand.Create());
        root.Subcommands.Add(CoverageCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EnqueueCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(QueueCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return Create().Parse(args).Invoke(configuration);
    }
}
