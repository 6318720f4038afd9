using System.Text;
using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// events2petrtsv.py: events (FORMAT.md) as the generic TSV score_petr.py reads — article id, CAMEO code, source
/// actor code, target actor code — one row per actor × recipient pair. An actor code is the country's first three
/// characters (or <c>---</c>) followed by the sector, e.g. <c>USAGOV</c>.
/// </summary>
public static class PetrEventRows
{
    private const string Unknown = "---";

    public static string ToTsv(IEnumerable<JsonElement> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var tsv = new StringBuilder();
        foreach (var element in events)
        {
            var e = PythonValue.FromJson(element);
            var cameo = e.GetOrNone("cameo") is { IsTruthy: true } code ? code.Str() : Unknown;
            var articleId = e.GetOrNone("article_id").Str();
            foreach (var source in SidesOf(e.GetOrNone("actors")))
            {
                foreach (var target in SidesOf(e.GetOrNone("recipients")))
                {
                    tsv.Append(articleId).Append('\t').Append(cameo).Append('\t').Append(ActorCode(source)).Append('\t').Append(ActorCode(target)).Append('\n');
                }
            }
        }

        return tsv.ToString();
    }

    // `e.get("actors") or [None]`: an event without actors still gives a row, with "---" on that side.
    private static IEnumerable<PythonValue> SidesOf(PythonValue actors) =>
        actors.IsTruthy ? actors.Iterate() : [PythonValue.None];

    // events2petrtsv.py fails on an actor that is not an object; here it is unknown.
    private static string ActorCode(PythonValue actor)
    {
        if (!actor.IsTruthy || actor.Kind != PythonKind.Dict)
        {
            return Unknown;
        }

        var country = actor.GetOrNone("country") is { IsTruthy: true } c ? PythonText.Head(c.Str(), 3) : Unknown;
        var sector = actor.GetOrNone("sector") is { IsTruthy: true } s ? s.Str() : string.Empty;
        return country + sector;
    }
}
