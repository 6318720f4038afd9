namespace Entente.Knowledge;

/// <summary>
/// One parsed TSV data file: its <c># key: value</c> header and its rows, each with the line number it came from so
/// that errors can point at <c>file:line</c>.
/// </summary>
public sealed class DataFile
{
    private DataFile(string path, IReadOnlyDictionary<string, string> header, IReadOnlyList<string> columns, IReadOnlyList<DataRow> rows)
    {
        Path = path;
        Header = header;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The file's path relative to the data root, with forward slashes ("actors/countries.tsv").</summary>
    public string Path { get; }

    public IReadOnlyDictionary<string, string> Header { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<DataRow> Rows { get; }

    /// <summary>Parses the file; rows with the wrong number of cells are kept and reported by <see cref="Check"/>.</summary>
    public static DataFile Parse(string path, string content)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<DataRow>();
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    header[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
                }

                continue;
            }

            if (line.Length == 0 && lineNumber > 1)
            {
                // The trailing newline of the file yields one empty last element; inner blank lines are reported.
                rows.Add(new DataRow(lineNumber, []));
                continue;
            }

            rows.Add(new DataRow(lineNumber, line.Split('\t')));
        }

        if (rows.Count > 0 && rows[^1].Cells.Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var columns = header.TryGetValue("columns", out var names) ? names.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new DataFile(path, header, columns, rows);
    }

    /// <summary>The value of a named column in a row.</summary>
    public string Cell(DataRow row, string column)
    {
        var index = IndexOf(column);
        return index < row.Cells.Count ? row.Cells[index] : string.Empty;
    }

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"{Path}: no column '{column}'");
    }

    /// <summary>Checks the layout rules every data file follows; returns compiler-style messages (file:line: message).</summary>
    public IEnumerable<string> Check()
    {
        foreach (var key in new[] { "source", "licence", "columns" })
        {
            if (!Header.ContainsKey(key))
            {
                yield return $"{Path}:1: header has no '# {key}:' line";
            }
        }

        string? previous = null;
        foreach (var row in Rows)
        {
            if (row.Cells.Count == 0)
            {
                yield return $"{Path}:{row.Line}: blank line";
                continue;
            }

            if (row.Cells.Count != Columns.Count)
            {
                yield return $"{Path}:{row.Line}: {row.Cells.Count} cells, the header names {Columns.Count} columns";
            }

            var line = string.Join('\t', row.Cells);
            if (previous is not null)
            {
                var order = string.CompareOrdinal(previous, line);
                if (order == 0)
                {
                    yield return $"{Path}:{row.Line}: duplicate row";
                }
                else if (order > 0)
                {
                    yield return $"{Path}:{row.Line}: rows are not sorted (this row sorts before the one above)";
                }
            }

            previous = line;
        }
    }
}
