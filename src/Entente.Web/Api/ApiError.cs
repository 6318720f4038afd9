namespace Entente.Web.Api;

/// <summary>The body of every 4xx and 5xx answer of the API: one line that says what went wrong.</summary>
public sealed record ApiError(string Error);
