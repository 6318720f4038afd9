namespace Entente.Web.Tests;

[Collection(WebServers.Name)]
public sealed class OpenApiTests(WebServer server)
{
    /// <summary>Set to 1 to write the served document over the committed one, then review the diff like code.</summary>
    private const string UpdateVariable = "ENTENTE_UPDATE_OPENAPI";

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = (await server.Client.GetStringAsync(new Uri(EntenteWeb.OpenApiPath, UriKind.Relative))).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(RepoPaths.CommittedOpenApi, served);
        }

        Assert.True(File.Exists(RepoPaths.CommittedOpenApi), $"{RepoPaths.CommittedOpenApi} is missing: run the tests with {UpdateVariable}=1");
        Assert.Equal(await File.ReadAllTextAsync(RepoPaths.CommittedOpenApi), served);
    }
}
