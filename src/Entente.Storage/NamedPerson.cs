namespace Entente.Storage;

/// <summary>A person a mention names on one side of an act, with the country the coder gave them.</summary>
internal sealed record NamedPerson(string Country, string Name)
{
    public static IEnumerable<NamedPerson> In(IEnumerable<StoredParticipant> participants) =>
        participants.Where(p => p is { Country: not null, Name: not null }).Select(p => new NamedPerson(p.Country!, p.Name!));
}
