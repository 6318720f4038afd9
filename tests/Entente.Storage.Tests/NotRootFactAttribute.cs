namespace Entente.Storage.Tests;

/// <summary>A fact about POSIX file permissions, which root ignores: skipped as root (CI runs as root) and on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "POSIX file permissions";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "running as root, which writes to write-protected files";
        }
    }
}
