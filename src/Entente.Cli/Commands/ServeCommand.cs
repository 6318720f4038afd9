using System.CommandLine;
using Entente.Cli.Store;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Web;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente serve</c>: the REST API and the dashboard over a store, read-only unless <c>--allow-ingest</c> is given
/// and <c>ENTENTE_INGEST_TOKEN</c> holds the bearer token ingest requests must carry. <c>--demo</c> first ingests the
/// bundled corpus into <c>entente-demo.db</c> (as <c>entente demo</c> does) and serves that.
/// </summary>
public static class ServeCommand
{
    public const string TokenVariable = "ENTENTE_INGEST_TOKEN";

    public static Command Create()
    {
        var db = StoreOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen, semicolon-separated", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = $"Accept POST /api/ingest with the bearer token in ${TokenVariable}" };
        var demo = new Option<bool>("--demo") { Description = $"Ingest the bundled corpus into ./{DemoCommand.DefaultDatabase} (unless --db names another store) and serve it" };
        var command = new Command("serve", "Serve the REST API and the dashboard over a store") { db, urls, allowIngest, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var token = Environment.GetEnvironmentVariable(TokenVariable);
            if (parse.GetValue(allowIngest) && string.IsNullOrWhiteSpace(token))
            {
                await error.WriteLineAsync($"--allow-ingest needs the bearer token in ${TokenVariable}");
                return 1;
            }

            var lexicon = CommonOptions.LexiconFor(parse);
            var isDemo = parse.GetValue(demo);
            var target = isDemo && parse.GetResult(db) is null or { Implicit: true } ? DemoCommand.DefaultDatabase : parse.GetValue(db);
            return await StoreCommand.RunAsync(target, error, async store =>
            {
                if (isDemo)
                {
                    await IngestCommand.RunAsync(
                        store, (job, progress) => job.RunAsync(DemoCommand.Corpus(), progress, cancellationToken), EventCoding.Create(lexicon), CoderVersion.Of(lexicon), output, error);
                }

                await using var app = EntenteWeb.Build(new WebOptions
                {
                    Store = store,
                    Urls = parse.GetValue(urls)!,
                    AllowIngest = parse.GetValue(allowIngest),
                    IngestToken = token,
                    Lexicon = lexicon,
                });
                await app.StartAsync(cancellationToken);
                await output.WriteLineAsync($"Serving {store.Name} at {string.Join(", ", app.Urls)}{(parse.GetValue(allowIngest) ? " (ingest allowed)" : " (read-only)")}; Ctrl+C stops.");
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }, cancellationToken);
        });
        return command;
    }
}
