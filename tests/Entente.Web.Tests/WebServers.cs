namespace Entente.Web.Tests;

/// <summary>One filled store and its servers for every test class: ingesting the corpus once keeps the suite quick.</summary>
[CollectionDefinition(Name)]
public sealed class WebServers : ICollectionFixture<WebServer>
{
    public const string Name = "web";
}
