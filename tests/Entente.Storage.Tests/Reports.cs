using System.Globalization;
using System.Text;
using Entente.Annotations;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Storage.Tests;

/// <summary>
/// Articles to store: written in our own words and coded by the real coder, or hand-made with exactly the events a
/// merging case needs (the body then holds the words each event's evidence points at).
/// </summary>
public static class Reports
{
    public static readonly DateOnly October19 = new(2023, 10, 19);

    private static readonly TextPipeline Coder = EventCoding.Create(Lexicon.Default);

    /// <summary>Lavrov meeting Choe in Pyongyang on 19 October 2023, as one outlet tells it; KCNA is quoted.</summary>
    public static Document LavrovMeetsChoe(string id, string source) => Coded(
        id,
        source,
        October19,
        "Russian Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Pyongyang on October 19, 2023. "
        + "KCNA reported that the talks covered regional security.");

    /// <summary>The same meeting in other words, published a day later.</summary>
    public static Document LavrovHeldTalks(string id, string source) => Coded(
        id,
        source,
        October19.AddDays(1),
        "Sergei Lavrov held talks with Choe Son Hui in Pyongyang on Thursday, October 19, 2023.");

    /// <summary>Xi hosting Khurelsukh in Beijing, and Japan's sanctions on North Korea: two unrelated events.</summary>
    public static Document XiHostsKhurelsukh(string id, string source) => Coded(
        id,
        source,
        new DateOnly(2023, 10, 23),
        "Chinese President Xi Jinping hosted Mongolian President Khurelsukh Ukhnaa in Beijing on October 17, 2023. "
        + "Japan imposed sanctions on North Korea on October 22, 2023.");

    public static Document Code(Article article) => Coder.Process(article);

    public static Document Coded(string id, string source, DateOnly published, string text, string? title = null) =>
        Coder.Process(Article.FromText(id, text, published) with
        {
            Source = source,
            Title = title,
            Url = $"https://news.example/{id}",
        });

    /// <summary>An article whose events are exactly <paramref name="acts"/>, one sentence each.</summary>
    public static Document Handmade(string id, string? source, DateOnly? published, params Act[] acts)
    {
        var body = new StringBuilder();
        var events = new List<CodedEvent>();
        var actors = new List<ActorMention>();
        for (var sentence = 0; sentence < acts.Length; sentence++)
        {
            var act = acts[sentence];
            var start = body.Length;
            var actor = Sides(body, sentence, act.Actor, act.ActorName, actors);
            var trigger = Words(body, " met ");
            var recipient = act.Recipient is { } codes ? Sides(body, sentence, codes, act.RecipientName, actors) : [];
            DateMention? date = null;
            if (act.On is { } day)
            {
                body.Append(" on ");
                var words = Words(body, day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
                date = new DateMention(words, sentence, PartialDate.Of(day), null);
            }

            var evidence = new TextRange(start, body.Length);
            body.Append(". ");
            var location = act.PlaceCountry is { } place ? new EventLocation($"a city of {place}", place, 0, 0) : null;
            events.Add(new CodedEvent(
                act.Type,
                null,
                act.Cameo,
                act.QuadClass,
                act.Goldstein,
                actor,
                recipient,
                date,
                location,
                act.Modality,
                0.9,
                new EventEvidence(sentence, evidence, new TextRange(trigger.Start + 1, trigger.End - 1), "consult.meet")));
        }

        var article = Article.FromText(id, body.ToString(), published) with { Source = source, Title = $"Report {id}" };
        return Document.From(article) with { Actors = actors, Events = events };
    }

    /// <summary>One participant per country code in <paramref name="countries"/> ("USA,CHN"), joined by "and".</summary>
    private static List<Participant> Sides(StringBuilder body, int sentence, string countries, string? name, List<ActorMention> actors)
    {
        var participants = new List<Participant>();
        foreach (var country in countries.Split(','))
        {
            if (participants.Count > 0)
            {
                body.Append(" and ");
            }

            var range = Words(body, name ?? country);
            actors.Add(new ActorMention(range, sentence, ActorKind.Country, country, "GOV", null, country));
            participants.Add(new Participant(country, "GOV", name, null, range, range.Slice(body.ToString())));
        }

        return participants;
    }

    private static TextRange Words(StringBuilder body, string words)
    {
        var start = body.Length;
        body.Append(words);
        return new TextRange(start, body.Length);
    }
}
