using System.Globalization;

namespace Entente.Knowledge;

/// <summary>
/// Validates a data set like a compiler: layout (headers, sorted unique rows, column counts) and meaning (every
/// code exists, no name stands for two things, terms run forwards, coordinates are on the globe). Each problem is
/// one line, <c>file:line: message</c>.
/// </summary>
public static class DictionaryCheck
{
    private static readonly HashSet<string> CollectiveCodes = new(StringComparer.Ordinal) { "UNO", "EUR", "IGO", "NGO", "MNC" };

    private static readonly HashSet<string> Sectors = new(StringComparer.Ordinal)
    {
        "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "IGO", "JUD", "LAB", "LEG", "MED", "MIL", "NGO", "OPP",
        "PTY", "REB", "REF", "REL", "SPY", "UAF",
    };

    public static IEnumerable<string> Run(DataSet data)
    {
        foreach (var file in data.Files)
        {
            foreach (var problem in file.Check())
            {
                yield return problem;
            }
        }

        var countries = data["actors/countries.tsv"];
        var codes = countries.Rows.Select(r => countries.Cell(r, "iso3")).ToHashSet(StringComparer.Ordinal);

        var names = data["actors/country-names.tsv"];
        foreach (var problem in Unique(names, "text", "iso3"))
        {
            yield return problem;
        }

        foreach (var row in names.Rows)
        {
            foreach (var code in names.Cell(row, "requires").Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(names.Cell(row, "iso3")))
            {
                if (!codes.Contains(code))
                {
                    yield return $"{names.Path}:{row.Line}: unknown country code '{code}'";
                }
            }

            if (names.Cell(row, "kind") is not ("name" or "adjective" or "demonym" or "capital"))
            {
                yield return $"{names.Path}:{row.Line}: kind must be name, adjective, demonym or capital";
            }
        }

        var organizations = data["actors/organizations.tsv"];
        foreach (var problem in Unique(organizations, "text", "id"))
        {
            yield return problem;
        }

        foreach (var row in organizations.Rows)
        {
            foreach (var problem in Code(organizations, row, "code", codes).Concat(Sector(organizations, row, "sector")))
            {
                yield return problem;
            }
        }

        var roles = data["actors/roles.tsv"];
        foreach (var problem in Unique(roles, "text", "sector"))
        {
            yield return problem;
        }

        foreach (var row in roles.Rows)
        {
            foreach (var problem in Sector(roles, row, "sector"))
            {
                yield return problem;
            }

            if (roles.Cell(row, "kind") is not ("title" or "body"))
            {
                yield return $"{roles.Path}:{row.Line}: kind must be title or body";
            }
        }

        var holders = data["actors/office-holders.tsv"];
        foreach (var row in holders.Rows)
        {
            foreach (var problem in Code(holders, row, "country", codes).Concat(Sector(holders, row, "sector")).Concat(Term(holders, row)))
            {
                yield return problem;
            }
        }

        foreach (var problem in Patterns(data))
        {
            yield return problem;
        }

        var places = data["places/places.tsv"];
        foreach (var row in places.Rows)
        {
            foreach (var problem in Code(places, row, "country", codes).Concat(Coordinates(places, row)))
            {
                yield return problem;
            }
        }
    }

    /// <summary>Every pattern names a known CAMEO code and PLOVER type, a part of speech, and at most one inflecting word.</summary>
    private static IEnumerable<string> Patterns(DataSet data)
    {
        if (!data.Contains("patterns/events.tsv") || !data.Contains("ontology/cameo.tsv"))
        {
            yield return "patterns/events.tsv:1: the event patterns or the CAMEO ontology (ontology/cameo.tsv) are missing";
            yield break;
        }

        var ontology = data["ontology/cameo.tsv"];
        var codes = ontology.Rows.Select(r => ontology.Cell(r, "code")).ToHashSet(StringComparer.Ordinal);
        var patterns = data["patterns/events.tsv"];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in patterns.Rows)
        {
            var where = $"{patterns.Path}:{row.Line}:";
            if (!ids.Add(patterns.Cell(row, "id")))
            {
                yield return $"{where} duplicate id '{patterns.Cell(row, "id")}'";
            }

            if (!codes.Contains(patterns.Cell(row, "cameo")))
            {
                yield return $"{where} unknown CAMEO code '{patterns.Cell(row, "cameo")}'";
            }

            if (!Annotations.PloverTypes.All.Contains(patterns.Cell(row, "type")))
            {
                yield return $"{where} unknown PLOVER type '{patterns.Cell(row, "type")}'";
            }

            if (patterns.Cell(row, "pos") is not ("verb" or "noun"))
            {
                yield return $"{where} pos must be verb or noun";
            }

            var trigger = patterns.Cell(row, "trigger");
            if (trigger.Count(c => c == '~') > 1)
            {
                yield return $"{where} more than one inflecting (~) word in '{trigger}'";
            }

            var words = trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && (words[0] == "*" || words[^1] == "*"))
            {
                yield return $"{where} a gap (*) must stand between words of '{trigger}'";
            }

            // A verb of description may have one reading that needs blame ("!") and one that needs praise ("+"), but no
            // plain reading beside them: a plain one always holds, so the marked one would never be chosen.
            var key = trigger + "\t" + patterns.Cell(row, "pos");
            var reading = patterns.Cell(row, "preps").Split('|') switch
            {
                var preps when preps.Contains("!") => "\tblame",
                var preps when preps.Contains("+") => "\tpraise",
                _ => "",
            };
            var clashes = triggers.Contains(key) || (reading.Length == 0 && (triggers.Contains(key + "\tblame") || triggers.Contains(key + "\tpraise")));
            if (!triggers.Add(key + reading) || clashes)
            {
                yield return $"{where} trigger '{trigger}' is already a {patterns.Cell(row, "pos")} pattern";
            }
        }
    }

    /// <summary>No value of <paramref name="key"/> may stand for two different values of <paramref name="meaning"/>.</summary>
    private static IEnumerable<string> Unique(DataFile file, string key, string meaning)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var text = file.Cell(row, key);
            var value = file.Cell(row, meaning);
            if (seen.TryGetValue(text, out var earlier) && !string.Equals(earlier, value, StringComparison.Ordinal))
            {
                yield return $"{file.Path}:{row.Line}: '{text}' maps to both {earlier} and {value}";
            }

            seen.TryAdd(text, value);
        }
    }

    private static IEnumerable<string> Code(DataFile file, DataRow row, string column, HashSet<string> codes)
    {
        var code = file.Cell(row, column);
        if (!codes.Contains(code) && !CollectiveCodes.Contains(code))
        {
            yield return $"{file.Path}:{row.Line}: unknown actor code '{code}'";
        }
    }

    private static IEnumerable<string> Sector(DataFile file, DataRow row, string column)
    {
        var sector = file.Cell(row, column);
        if (!Sectors.Contains(sector))
        {
            yield return $"{file.Path}:{row.Line}: unknown sector '{sector}'";
        }
    }

    private static IEnumerable<string> Term(DataFile file, DataRow row)
    {
        var fromText = file.Cell(row, "from");
        var toText = file.Cell(row, "to");
        if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            yield return $"{file.Path}:{row.Line}: 'from' is not a YYYY-MM-DD date";
            yield break;
        }

        if (toText.Length == 0)
        {
            yield break;
        }

        if (!DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            yield return $"{file.Path}:{row.Line}: 'to' is not a YYYY-MM-DD date";
        }
        else if (to < from)
        {
            yield return $"{file.Path}:{row.Line}: term ends ({toText}) before it starts ({fromText})";
        }
    }

    private static IEnumerable<string> Coordinates(DataFile file, DataRow row)
    {
        var latOk = double.TryParse(file.Cell(row, "lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90;
        var lonOk = double.TryParse(file.Cell(row, "lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180;
        if (!latOk || !lonOk)
        {
            yield return $"{file.Path}:{row.Line}: latitude/longitude out of range or not a number";
        }
    }
}
