namespace Entente.Storage;

/// <summary>
/// The database could not do what was asked: missing, corrupt, locked, read-only, unreachable or refused. The
/// message is one line that names the database and the reason, fit to show a user as it is.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
