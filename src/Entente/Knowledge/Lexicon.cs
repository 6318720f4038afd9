using System.Globalization;
using Entente.Annotations;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Knowledge;

/// <summary>
/// The engine's dictionaries compiled for matching: country names, organisations, roles, places and office
/// holders, each a token trie built with the same tokenizer that reads articles, so a phrase matches exactly when
/// its tokens do. Built once per <see cref="DataSet"/> and shared read-only by every pipeline thread.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(DataSet data)
    {
        Data = data;
        Abbreviations = AbbreviationList.From(data);
        var tokenizer = new Tokenizer(Abbreviations);
        Actors = new PhraseTrie<ActorEntry>(ignoreCase: false);
        Roles = new PhraseTrie<RoleEntry>(ignoreCase: true);
        Places = new PhraseTrie<PlaceEntry>(ignoreCase: false);
        DatelinePlaces = new PhraseTrie<PlaceEntry>(ignoreCase: true);
        OfficeHolders = new PhraseTrie<IReadOnlyList<OfficeTerm>>(ignoreCase: false);

        var countries = data["actors/countries.tsv"];
        foreach (var row in countries.Rows)
        {
            CountryNames[countries.Cell(row, "iso3")] = countries.Cell(row, "name");
        }

        var names = data["actors/country-names.tsv"];
        foreach (var row in names.Rows)
        {
            var iso3 = names.Cell(row, "iso3");
            var kind = names.Cell(row, "kind") switch
            {
                "adjective" or "demonym" => ActorKind.Adjective,
                "capital" => ActorKind.Capital,
                _ => ActorKind.Country,
            };
            var requires = Split(names.Cell(row, "requires"));
            // "Belarusians rallied": a people named by its demonym are its citizens, not its government.
            var sector = names.Cell(row, "kind") == "demonym" ? "CVL" : "GOV";
            Actors.Add(Phrase(tokenizer, names.Cell(row, "text")), new ActorEntry(iso3, kind, iso3, sector, requires));
        }

        // Phrases that contain a country word without naming an actor ("Latin America", "Korean Peninsula") are
        // entered as blockers: longest-match consumes them and nothing is reported.
        var nonActors = data["actors/non-actors.tsv"];
        foreach (var row in nonActors.Rows)
        {
            Actors.Add(Phrase(tokenizer, nonActors.Cell(row, "text")), ActorEntry.Blocker);
        }

        var organizations = data["actors/organizations.tsv"];
        foreach (var row in organizations.Rows)
        {
            var entry = new ActorEntry(organizations.Cell(row, "id"), ActorKind.Organization, organizations.Cell(row, "code"), organizations.Cell(row, "sector"), []);
            Actors.Add(Phrase(tokenizer, organizations.Cell(row, "text")), entry);
        }

        var roles = data["actors/roles.tsv"];
        foreach (var row in roles.Rows)
        {
            var text = roles.Cell(row, "text");
            Roles.Add(Phrase(tokenizer, text), new RoleEntry(text, roles.Cell(row, "sector"), roles.Cell(row, "kind") == "title"));
        }

        var places = data["places/places.tsv"];
        foreach (var row in places.Rows)
        {
            var entry = new PlaceEntry(
                places.Cell(row, "name"),
                places.Cell(row, "country"),
                places.Cell(row, "kind") == "capital",
                double.Parse(places.Cell(row, "lat"), CultureInfo.InvariantCulture),
                double.Parse(places.Cell(row, "lon"), CultureInfo.InvariantCulture));
            foreach (var name in Split(places.Cell(row, "variants")).Prepend(entry.Name))
            {
                Places.Add(Phrase(tokenizer, name), entry);
                DatelinePlaces.Add(Phrase(tokenizer, name), entry);
            }
        }

        var holders = data["actors/office-holders.tsv"];
        var termsByName = new Dictionary<string, List<OfficeTerm>>(StringComparer.Ordinal);
        foreach (var row in holders.Rows)
        {
            var to = holders.Cell(row, "to");
            var term = new OfficeTerm(
                holders.Cell(row, "name"),
                holders.Cell(row, "country"),
                holders.Cell(row, "sector"),
                holders.Cell(row, "role"),
                DateOnly.ParseExact(holders.Cell(row, "from"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                to.Length == 0 ? null : DateOnly.ParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Split(holders.Cell(row, "variants")));
            foreach (var name in term.Variants.Prepend(term.Name))
            {
                var key = string.Join(' ', Phrase(tokenizer, name).Select(p => TextFold.Fold(p)));
                if (!termsByName.TryGetValue(key, out var list))
                {
                    list = [];
                    termsByName[key] = list;
                }

                list.Add(term);
            }
        }

        foreach (var (key, terms) in termsByName)
        {
            OfficeHolders.Add(key.Split(' '), terms);
        }
    }

    public DataSet Data { get; }

    public AbbreviationList Abbreviations { get; }

    /// <summary>Country names, adjectives, capitals as metonyms and organisations (case-sensitive).</summary>
    public PhraseTrie<ActorEntry> Actors { get; }

    /// <summary>Role and institution words (case-insensitive).</summary>
    public PhraseTrie<RoleEntry> Roles { get; }

    public PhraseTrie<PlaceEntry> Places { get; }

    /// <summary>The same places matched in any case: a dateline writes them in capitals ("TBILISI —").</summary>
    public PhraseTrie<PlaceEntry> DatelinePlaces { get; }

    /// <summary>Every name form of an office holder, with all the terms of everyone who goes by it.</summary>
    public PhraseTrie<IReadOnlyList<OfficeTerm>> OfficeHolders { get; }

    /// <summary>Short English name per country code.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    public static Lexicon Default { get; } = new(DataSet.Embedded);

    public static Lexicon From(DataSet data) => new(data);

    private static string[] Phrase(Tokenizer tokenizer, string text)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, new TextRange(0, text.Length), tokens);
        return tokens.Select(t => t.Range.Slice(text)).ToArray();
    }

    private static string[] Split(string cell) =>
        cell.Length == 0 ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
