namespace Entente.Cli.Store;

public static class Lists
{
    /// <summary>The first item, or null for an empty list.</summary>
    public static T? First<T>(IReadOnlyList<T> items)
        where T : class => items.Count > 0 ? items[0] : null;
}
