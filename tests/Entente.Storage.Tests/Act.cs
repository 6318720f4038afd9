using Entente.Annotations;

namespace Entente.Storage.Tests;

/// <summary>
/// One act for a hand-made article, for merging cases that need exact control: who (country codes, optionally a
/// person's name), to whom, when, where, with what modality. Sides are comma-separated country codes ("USA,CHN");
/// a null <see cref="Recipient"/> is an act directed at no one.
/// </summary>
public sealed record Act(string Actor, string? Recipient)
{
    public string Type { get; init; } = "CONSULT";

    public string Cameo { get; init; } = "040";

    public int QuadClass { get; init; } = 1;

    public double Goldstein { get; init; } = 1.0;

    public DateOnly? On { get; init; }

    public string? ActorName { get; init; }

    public string? RecipientName { get; init; }

    /// <summary>The country of the place the act happened in.</summary>
    public string? PlaceCountry { get; init; }

    public Modality Modality { get; init; } = Modality.Asserted;
}
