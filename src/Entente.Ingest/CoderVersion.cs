using System.Globalization;
using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Ingest;

/// <summary>
/// The version stored with every coded article: the engine's build and the dictionary version. Builds are
/// deterministic, so the engine part changes exactly when the coder's code changes, and the dictionary part (label
/// plus content hash) when any dictionary row does; <c>entente recode</c> then recodes just the articles coded before.
/// </summary>
public static class CoderVersion
{
    public static string Of(Lexicon lexicon)
    {
        var build = typeof(EventCoding).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)[..12];
        return $"engine {build}; dictionary {lexicon.Data.Version}";
    }
}
