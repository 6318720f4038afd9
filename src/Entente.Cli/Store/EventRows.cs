using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Store;

/// <summary>Stored events as table rows: when, what, who on whom, how widely reported, and the words of the first report.</summary>
public static class EventRows
{
    public static Table Table(IEnumerable<StoredEvent> events)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("id").AddColumn("date").AddColumn("event").AddColumn("actors → recipients").AddColumn("articles").AddColumn("evidence");
        foreach (var e in events)
        {
            var first = Lists.First(e.Mentions);
            table.AddRow(
                Markup.Escape(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(Dates.Show(e.Day)),
                Markup.Escape($"{e.Type} {e.Mode} {e.Cameo} ({e.Modality.ToString().ToLowerInvariant()}, {e.Goldstein:+0.0;-0.0;0})"),
                Markup.Escape($"{string.Join(' ', e.ActorCountries)} → {string.Join(' ', e.RecipientCountries)}"),
                Markup.Escape($"{e.ArticleCount} ({e.SourceCount} sources)"),
                Markup.Escape(first is null ? "" : $"{first.EvidenceText} [{first.Source ?? first.ArticleId}]"));
        }

        return table;
    }
}
