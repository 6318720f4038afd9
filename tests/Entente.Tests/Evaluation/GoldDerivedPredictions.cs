using System.Globalization;
using System.Text.Json.Nodes;

namespace Entente.Tests.Evaluation;

/// <summary>
/// Prediction lines made from a gold set's own events: re-emitted as they are, or changed in the ways the scoring
/// rules care about, so that score.py and the C# scorer disagree if either rule is ported wrong.
/// </summary>
internal static class GoldDerivedPredictions
{
    private const int PerturbationCount = 12;

    /// <summary>Every gold event (required or not) as a prediction of its article.</summary>
    public static IEnumerable<string> Identity(string goldPath) =>
        GoldEvents(goldPath).Select(g => Prediction(g.ArticleId, g.Event, 0.9).ToJsonString());

    /// <summary>Only the optional gold events: they are hits that count neither way.</summary>
    public static IEnumerable<string> OptionalOnly(string goldPath) =>
        GoldEvents(goldPath)
            .Where(g => g.Event["required"]?.GetValue<bool>() == false)
            .Select(g => Prediction(g.ArticleId, g.Event, 0.5).ToJsonString());

    /// <summary>
    /// The gold events with one change each, chosen by position: wrong type, swapped sides, dates off by one and two
    /// days, no date, another modality, dropped, duplicated, an also-type, a coarser or spanned date, recipients
    /// dropped, both sides as actors; plus one invented event per article.
    /// </summary>
    public static IEnumerable<string> Perturbed(string goldPath)
    {
        var index = 0;
        string? lastArticle = null;
        foreach (var (articleId, gold) in GoldEvents(goldPath))
        {
            if (lastArticle is not null && lastArticle != articleId)
            {
                yield return Invented(lastArticle, index).ToJsonString();
            }

            lastArticle = articleId;
            var confidence = index % 9 == 0 ? (double?)null : (index * 37 % 100) / 100.0;
            var p = Prediction(articleId, gold, confidence);
            var kind = index % PerturbationCount;
            index++;
            switch (kind)
            {
                case 0:
                    p["type"] = p["type"]!.GetValue<string>() == "SANCTION" ? "ACCUSE" : "SANCTION";
                    break;
                case 1:
                    (p["actors"], p["recipients"]) = (p["recipients"]!.DeepClone(), p["actors"]!.DeepClone());
                    break;
                case 2:
                    ShiftDay(p, 1);
                    break;
                case 3:
                    ShiftDay(p, -2);
                    break;
                case 4:
                    p["date"] = null;
                    break;
                case 5:
                    p["modality"] = p["modality"]?.GetValue<string>() == "asserted" ? "future" : "asserted";
                    break;
                case 6:
                    continue;
                case 7:
                    var duplicate = p.DeepClone().AsObject();
                    duplicate["confidence"] = 0.05;
                    yield return duplicate.ToJsonString();
                    break;
                case 8:
                    if (gold["also"] is JsonArray { Count: > 0 } also)
                    {
                        p["type"] = also[0]!.GetValue<string>();
                    }

                    break;
                case 9:
                    if (p["date"]?.GetValue<string>() is { Length: 10 } day)
                    {
                        p["date"] = day[..7];
                    }
                    else if (p["date"]?.GetValue<string>() is { Length: 7 } month)
                    {
                        p["date"] = month + "-28";
                        p["end_date"] = month[..4] + "-12";
                    }

                    break;
                case 10:
                    p["recipients"] = new JsonArray();
                    break;
                default:
                    var both = new JsonArray([.. p["actors"]!.AsArray().Concat(p["recipients"]!.AsArray()).Select(a => a!.DeepClone())]);
                    p["actors"] = both;
                    p["recipients"] = new JsonArray();
                    break;
            }

            yield return p.ToJsonString();
        }

        if (lastArticle is not null)
        {
            yield return Invented(lastArticle, index).ToJsonString();
        }
    }

    public static IEnumerable<(string ArticleId, JsonObject Event)> GoldEvents(string goldPath)
    {
        foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
        {
            var article = JsonNode.Parse(line)!.AsObject();
            var id = article["id"]!.GetValue<string>();
            foreach (var e in article["events"]!.AsArray())
            {
                yield return (id, e!.AsObject());
            }
        }
    }

    // A prediction as FORMAT.md has it: the gold fields, the article id, a confidence, evidence as an object.
    private static JsonObject Prediction(string articleId, JsonObject gold, double? confidence)
    {
        var p = new JsonObject
        {
            ["article_id"] = articleId,
            ["type"] = gold["type"]!.DeepClone(),
            ["mode"] = gold["mode"]?.DeepClone(),
            ["cameo"] = gold["cameo"]?.DeepClone(),
            ["actors"] = gold["actors"]!.DeepClone(),
            ["recipients"] = gold["recipients"]!.DeepClone(),
            ["date"] = gold["date"]?.DeepClone(),
            ["modality"] = gold["modality"]?.DeepClone(),
            ["confidence"] = confidence,
            ["evidence"] = new JsonObject { ["sentence"] = 0, ["start"] = 0, ["end"] = 1, ["text"] = gold["evidence"]?.DeepClone() },
        };
        if (gold["end_date"] is { } end)
        {
            p["end_date"] = end.DeepClone();
        }

        return p;
    }

    private static JsonObject Invented(string articleId, int index) => new()
    {
        ["article_id"] = articleId,
        ["type"] = "CONSULT",
        ["actors"] = new JsonArray(new JsonObject { ["country"] = "usa", ["sector"] = "GOV" }),
        ["recipients"] = new JsonArray(new JsonObject { ["country"] = "FRA" }),
        ["date"] = "2024-03-11",
        ["modality"] = "asserted",
        ["confidence"] = index % 2 == 0 ? 0.5 : 0.9,
        ["evidence"] = new JsonObject { ["text"] = "Washington’s envoy said: \"it's\ttime\"" },
    };

    private static void ShiftDay(JsonObject p, int days)
    {
        if (p["date"]?.GetValue<string>() is { Length: 10 } day)
        {
            p["date"] = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}
