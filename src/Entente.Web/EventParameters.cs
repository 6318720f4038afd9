using System.ComponentModel;

namespace Entente.Web;

/// <summary>The filters of <c>GET /api/events</c>, as given: <see cref="Parameters.Events"/> checks each and names the bad one.</summary>
public sealed record EventParameters
{
    [Description("A country code (ISO alpha-3) acting or acted on")]
    public string? Country { get; init; }

    [Description("With b: events between the two countries")]
    public string? A { get; init; }

    [Description("With a: events between the two countries")]
    public string? B { get; init; }

    [Description("true: only a acting on b")]
    public string? Directed { get; init; }

    [Description("A PLOVER event type such as CONSULT")]
    public string? Type { get; init; }

    [Description("First event day, YYYY-MM-DD")]
    public string? From { get; init; }

    [Description("Last event day, YYYY-MM-DD")]
    public string? To { get; init; }

    [Description("Words the reporting articles contain")]
    public string? Q { get; init; }

    [Description("An outlet at least one reporting article comes from")]
    public string? Source { get; init; }

    [Description("newest (default) or reported")]
    public string? Order { get; init; }

    [Description("Page size, 1 to 1000 (default 50)")]
    public string? Limit { get; init; }

    [Description("Events to skip")]
    public string? Offset { get; init; }
}
