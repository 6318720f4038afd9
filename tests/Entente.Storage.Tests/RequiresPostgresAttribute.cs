namespace Entente.Storage.Tests;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL server named by <see cref="PostgresServer"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
