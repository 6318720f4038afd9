using System.Globalization;
using Spectre.Console;

namespace Entente.Cli.Output;

/// <summary>Renders an <see cref="InspectReport"/> as a metadata grid and a table of sentences and their spans.</summary>
public static class InspectTable
{
    public static void Write(InspectReport report, TextWriter writer)
    {
        var console = ConsoleFor.Writer(writer);

        var article = report.Article;
        var grid = new Grid().AddColumn().AddColumn();
        AddRow(grid, "id", article.Id);
        AddRow(grid, "title", article.Title);
        AddRow(grid, "source", article.Source);
        AddRow(grid, "url", article.Url);
        AddRow(grid, "published", article.Published);
        AddRow(grid, "section", article.Section);
        AddRow(grid, "tags", article.Tags.Count == 0 ? null : string.Join(" | ", article.Tags));
        AddRow(grid, "dek", article.Dek);
        AddRow(grid, "credits", article.Credits.Count == 0 ? null : string.Join("; ", article.Credits));
        AddRow(grid, "dictionary", report.Dictionary);
        console.Write(grid);

        var table = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("sentence").AddColumn("found");
        foreach (var sentence in report.Sentences)
        {
            var label = sentence.Kind == "body" ? sentence.Index.ToString(CultureInfo.InvariantCulture) : $"{sentence.Index} {sentence.Kind}";
            table.AddRow(new Markup(Markup.Escape(label)), new Markup(Markup.Escape(sentence.Text)), Found(sentence));
        }

        console.Write(table);
    }

    private static void AddRow(Grid grid, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            grid.AddRow(new Markup(Markup.Escape(label), new Style(decoration: Decoration.Bold)), new Markup(Markup.Escape(value)));
        }
    }

    private static Markup Found(SentenceInfo sentence)
    {
        var lines = new List<string>();
        lines.AddRange(sentence.Actors.Select(a => $"actor  {a.Text} → {a.Country ?? "?"}/{a.Sector ?? "?"} ({a.Kind})"));
        lines.AddRange(sentence.People.Select(p => $"person {p.Text} → {p.Name}, {p.Role ?? "?"}, {p.Country ?? "?"} ({p.Source})"));
        lines.AddRange(sentence.Places.Select(p => $"place  {p.Text} → {p.Name}, {p.Country} ({p.Latitude.ToString(CultureInfo.InvariantCulture)}, {p.Longitude.ToString(CultureInfo.InvariantCulture)})"));
        lines.AddRange(sentence.Dates.Select(d => $"date   {d.Text} → {d.Date}{(d.EndDate is null ? string.Empty : ".." + d.EndDate)} ({d.Precision})"));
        return new Markup(Markup.Escape(string.Join('\n', lines)));
    }
}
