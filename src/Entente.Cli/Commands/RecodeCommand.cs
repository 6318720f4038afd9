using System.CommandLine;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary><c>entente recode</c>: codes again only the stored articles coded by another coder or dictionary version.</summary>
public static class RecodeCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var command = new Command("recode", "Recode the stored articles coded with an older coder or dictionary version") { db };
        command.SetAction((parse, cancellationToken) =>
        {
            var lexicon = CommonOptions.LexiconFor(parse);
            return StoreCommand.RunAsync(
                parse.GetValue(db),
                parse.InvocationConfiguration.Error,
                async store =>
                {
                    var done = await IngestCommand.RunAsync(
                        store, (job, progress) => job.RecodeAsync(progress, cancellationToken), EventCoding.Create(lexicon), CoderVersion.Of(lexicon),
                        parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
                    return done.Read > 0 && done.Failed == done.Read ? 1 : 0; // nothing to recode is no failure
                },
                cancellationToken);
        });
        return command;
    }
}
