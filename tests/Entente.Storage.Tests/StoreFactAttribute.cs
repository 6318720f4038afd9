using Xunit.Sdk;

namespace Entente.Storage.Tests;

/// <summary>
/// A fact of the storage contract. Contract tests are declared once and run for each store; whether one can run
/// depends on the class it runs in (a PostgreSQL class needs a server), which a plain <see cref="FactAttribute"/>
/// cannot see, so <see cref="StoreFactDiscoverer"/> decides the skip per class.
/// </summary>
[XunitTestCaseDiscoverer("Entente.Storage.Tests.StoreFactDiscoverer", "Entente.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
