namespace Entente.Web;

/// <summary>A query or route parameter that cannot be understood: answered with 400 and a message naming it, never 500.</summary>
public sealed class BadParameterException : Exception
{
    public BadParameterException()
    {
    }

    public BadParameterException(string message)
        : base(message)
    {
    }

    public BadParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static BadParameterException For(string parameter, string expected, string? given) =>
        new($"parameter '{parameter}' must be {expected}{(given is null ? "" : $" (got '{Shorten(given)}')")}");

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
