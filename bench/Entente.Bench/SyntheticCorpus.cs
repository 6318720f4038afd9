using Entente.Annotations;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Text;

namespace Entente.Bench;

/// <summary>
/// Fills a store with synthetic digests for the store and web benchmarks (bench/Entente.WebBench compiles this file
/// too): each event a distinct act between two of 30 countries on one of 1,826 days, a long wire digest of 50 acts per
/// article so a million events take minutes, saved in batches with <see cref="IEventStore.SaveAllAsync"/>.
/// </summary>
public static class SyntheticCorpus
{
    public static readonly string[] Countries =
    [
        "USA", "CHN", "RUS", "JPN", "KOR", "PRK", "MNG", "IND", "PAK", "IRN", "SAU", "ISR", "TUR", "GBR", "FRA",
        "DEU", "UKR", "BRA", "MEX", "ARG", "ZAF", "NGA", "EGY", "ETH", "AUS", "IDN", "VNM", "PHL", "CAN", "ITA",
    ];

    private const int EventsPerArticle = 50;

    public static async Task<int> FillAsync(IEventStore store, int events)
    {
        var wanted = events;
        var batch = new List<Document>();
        var random = new Random(20261128);
        var start = new DateOnly(2020, 1, 1);
        var codes = new (string Type, string Cameo, int Quad, double Goldstein)[]
        {
            ("CONSULT", "040", 1, 1.0), ("AGREE", "057", 1, 8.0), ("ACCUSE", "112", 3, -2.0), ("SANCTION", "163", 4, -8.0),
            ("AID", "073", 2, 7.4), ("ASSAULT", "190", 4, -10.0), ("REQUEST", "020", 1, 3.0), ("THREATEN", "138", 3, -7.0),
        };
        for (var article = 0; events > 0; article++)
        {
            var count = Math.Min(events, EventsPerArticle);
            var sentences = Enumerable.Range(0, count).Select(i => $"Synthetic act {i} of digest {article}.").ToArray();
            var body = string.Join(' ', sentences);
            var coded = new List<CodedEvent>(count);
            var offset = 0;
            for (var i = 0; i < count; i++)
            {
                var range = new TextRange(offset, offset + sentences[i].Length - 1);
                offset += sentences[i].Length + 1;
                var a = Countries[random.Next(Countries.Length)];
                var b = Countries[(Array.IndexOf(Countries, a) + 1 + random.Next(Countries.Length - 1)) % Countries.Length];
                var code = codes[random.Next(codes.Length)];
                var day = start.AddDays(random.Next(1826));
                coded.Add(new CodedEvent(
                    code.Type, null, code.Cameo, code.Quad, code.Goldstein,
                    [new Participant(a, "GOV", null, null, range, body[range.Start..range.End])],
                    [new Participant(b, "GOV", null, null, range, body[range.Start..range.End])],
                    new DateMention(range, i, PartialDate.Of(day), null),
                    null, Modality.Asserted, 0.9, new EventEvidence(i, range, range, "synthetic")));
            }

            batch.Add(Document.From(Article.FromText($"synthetic-{article}", body, start.AddDays(random.Next(1826))) with { Title = $"Synthetic digest {article}" }) with { Events = coded });
            events -= count;
            if (batch.Count == 20 || events <= 0)
            {
                await store.SaveAllAsync(batch, "synthetic");
                batch.Clear();
            }
        }

        return wanted;
    }
}
