using System.Net.Http.Headers;
using Entente.Cli.Commands;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>
/// The app as <c>entente serve</c> hosts it, on free loopback ports over a real SQLite file filled by ingesting the demo
/// corpus (and the founding article, when the gold set is beside the repository) with the real coder, plus an article
/// carrying script payloads. Two servers share the store: one that allows ingest and one that does not.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    public const string IngestToken = "test-token-7f3a";

    public const string FoundingArticle = "diplomat-pak-ulaanbaatar";

    public const string XssArticle = "xss-probe";

    /// <summary>Text and title of the probe: a script element and an onerror attribute, both of which must show as text.</summary>
    public const string ScriptPayload = "<script>window.__xss=1</script>";

    public const string AttributePayload = "<img src=x onerror=\"window.__xss=2\">";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "entente-web-tests-" + Guid.NewGuid().ToString("N"));

    private WebApplication? readWrite;

    private WebApplication? readOnly;

    public IEventStore Store { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public Uri ReadOnlyAddress { get; private set; } = null!;

    public bool HasFoundingArticle { get; private set; }

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Store = await EventStores.OpenAsync(Path.Combine(folder, "web.db"));
        var items = DemoCommand.Corpus().ToList();
        if (File.Exists(RepoPaths.NewsDev))
        {
            var founding = File.ReadLines(RepoPaths.NewsDev).FirstOrDefault(line => line.Contains($"\"{FoundingArticle}\"", StringComparison.Ordinal));
            if (founding is not null)
            {
                items.AddRange(ArticleSource.ReadText("news-dev", FoundingArticle, InputFormat.JsonLines, founding));
                HasFoundingArticle = true;
            }
        }

        items.AddRange(ArticleSource.ReadText("probe", XssArticle, InputFormat.JsonLines, XssProbeLine()));
        var progress = await new IngestJob(Store, EventCoding.Create(Lexicon.Default), CoderVersion.Of(Lexicon.Default)).RunAsync(items);
        if (progress.Failed > 0)
        {
            throw new InvalidOperationException($"{progress.Failed} test articles failed to ingest");
        }

        readWrite = EntenteWeb.Build(new WebOptions { Store = Store, Urls = "http://127.0.0.1:0", AllowIngest = true, IngestToken = IngestToken });
        readOnly = EntenteWeb.Build(new WebOptions { Store = Store, Urls = "http://127.0.0.1:0" });
        await readWrite.StartAsync();
        await readOnly.StartAsync();
        Address = BoundAddress(readWrite);
        ReadOnlyAddress = BoundAddress(readOnly);
        Client = new HttpClient { BaseAddress = Address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (var app in new[] { readWrite, readOnly })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public static HttpRequestMessage IngestRequest(string body, string mediaType, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static string XssProbeLine() => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["id"] = XssArticle,
        ["source"] = "Probe Daily",
        ["published"] = "2024-06-03",
        ["title"] = $"Probe {ScriptPayload} {AttributePayload} headline",
        ["text"] = $"Mongolian President Khurelsukh Ukhnaa met Chinese President Xi Jinping in Beijing on Monday. "
            + $"The visit was marked by {ScriptPayload} and {AttributePayload} in the probe text.",
    });

    private static Uri BoundAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
}
