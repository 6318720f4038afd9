using Entente.Annotations;
using Entente.Text;

namespace Entente.Storage;

/// <summary>A mention's actor or recipient as stored: its codes and name, and where its words are in the article, not the words.</summary>
internal sealed record StoredParticipant(string? Country, string? Sector, string? Name, string? Role, int Start, int End)
{
    public static StoredParticipant From(Participant participant) =>
        new(participant.Country, participant.Sector, participant.Name, participant.Role, participant.Range.Start, participant.Range.End);

    public Participant ToParticipant(string body)
    {
        var range = new TextRange(Start, End);
        return new Participant(Country, Sector, Name, Role, range, range.Slice(body));
    }
}
