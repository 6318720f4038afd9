using System.Data.Common;
using Entente.Annotations;

namespace Entente.Storage;

/// <summary>Reads the column groups that several queries share.</summary>
internal static class StoredRows
{
    /// <summary>A location from four columns starting at <paramref name="first"/>: name, country, latitude, longitude.</summary>
    public static EventLocation? LocationOrNull(DbDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new EventLocation(reader.GetString(first), reader.GetString(first + 1), reader.Real(first + 2), reader.Real(first + 3));
}
