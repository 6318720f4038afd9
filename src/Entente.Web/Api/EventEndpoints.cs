using Entente.Storage;

namespace Entente.Web.Api;

/// <summary><c>/api/events</c>: stored events filtered and paged, and one event with every mention's evidence.</summary>
public static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/", ListAsync).WithName("ListEvents").WithSummary("Stored events, every filter given holding, newest first unless order=reported");
        group.MapGet("/{id}", EventAsync).WithName("GetEvent").WithSummary("One event with its mentions and their evidence");
    }

    private static async Task<EventPage> ListAsync(IEventStore store, [AsParameters] EventParameters parameters, CancellationToken cancellationToken)
    {
        var query = Parameters.Events(parameters);
        // One more than asked tells whether a next page exists without counting every match.
        var events = await store.EventsAsync(query with { Limit = Math.Min(query.Limit + 1, EventQuery.MaxLimit) }, cancellationToken);
        var more = events.Count > query.Limit;
        return new EventPage(query.Limit, query.Offset, more ? query.Offset + query.Limit : null, more ? events.Take(query.Limit).ToList() : events);
    }

    private static async Task<Results<Ok<StoredEvent>, NotFound<ApiError>>> EventAsync(IEventStore store, string id, CancellationToken cancellationToken)
    {
        var eventId = Parameters.Id("id", id);
        return await store.EventAsync(eventId, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.NotFound(new ApiError($"no event with id {id}"));
    }
}
