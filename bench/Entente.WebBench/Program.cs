using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Entente.Storage;
using Entente.Bench;
using Microsoft.Data.Sqlite;

// Usage: dotnet run -c Release --project bench/Entente.WebBench [-- EVENTS CLIENTS SECONDS [WARMUP_SECONDS]]
// Fills a SQLite store, starts `entente serve` on it as a second process on loopback, and drives it with concurrent
// clients over a mix of API and page URLs; prints latency percentiles per route and the errors. The same mix runs
// unmeasured for WARMUP_SECONDS first (default 20): a fresh .NET process spends its first seconds compiling hot
// methods again at higher tiers, which took a sixth of the server's CPU twenty seconds in and under 1% a minute in.
var eventsWanted = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var warmupSeconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var path = Path.Combine(Path.GetTempPath(), "entente-webbench.db");

await using (var store = await EventStores.OpenAsync(path))
{
    var stored = (await store.StatsAsync()).Events;
    if (stored < eventsWanted)
    {
        var clock = Stopwatch.StartNew();
        await SyntheticCorpus.FillAsync(store, eventsWanted - (int)stored);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filled to {eventsWanted} events in {clock.Elapsed.TotalSeconds:F0} s"));
    }
}

// Saving an article again replaces its events under new ids, so the stored ids have gaps: draw from the ids that exist.
var eventIds = await StoredEventIdsAsync(path);

var port = FreePort();
var entente = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Entente.Cli", "bin", "Release", "net10.0", "entente.dll");
using var server = Process.Start(new ProcessStartInfo("dotnet", [Path.GetFullPath(entente), "serve", "--db", path, "--urls", $"http://127.0.0.1:{port}"])
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
}) ?? throw new InvalidOperationException("could not start entente serve");
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    await WaitUntilServingAsync(http);
    // Every request draws its own event, countries and search words, so the output cache serves only true repeats.
    string Country(Random r) => SyntheticCorpus.Countries[r.Next(SyntheticCorpus.Countries.Length)];
    string Pair(Random r)
    {
        var a = Country(r);
        var b = Country(r);
        return a == b ? $"{a}/{SyntheticCorpus.Countries[(Array.IndexOf(SyntheticCorpus.Countries, a) + 1) % SyntheticCorpus.Countries.Length]}" : $"{a}/{b}";
    }

    long Event(Random r) => eventIds[r.Next(eventIds.Length)];
    var routes = new (string Route, Func<Random, string> Url)[]
    {
        ("GET /api/events", r => $"/api/events?limit=50&offset={r.Next(20) * 50}"),
        ("GET /api/events?country&type", r => $"/api/events?country={Country(r)}&type=CONSULT&limit=50"),
        ("GET /api/events?a&b&from&to", r => $"/api/events?a={Country(r)}&b={Country(r)}&from=2022-01-01&to=2022-12-31"),
        ("GET /api/events/{id}", r => $"/api/events/{Event(r)}"),
        ("GET /api/relations/{a}/{b}", r => $"/api/relations/{Pair(r)}?by=month"),
        ("GET /api/shifts", _ => "/api/shifts"),
        ("GET /api/articles?q", r => $"/api/articles?q=digest+{r.Next(1000)}"),
        ("GET /api/stats", _ => "/api/stats"),
        ("page /", _ => "/"),
        ("page /country/{code}", r => $"/country/{Country(r)}"),
        ("page /dyad/{a}/{b}", r => $"/dyad/{Pair(r)}"),
        ("page /event/{id}", r => $"/event/{Event(r)}"),
        ("page /search", r => $"/search?q=digest+{r.Next(1000)}"),
    };

    // Warm every route once: the first shifts and pairs answers fill the server's cache, as after any ingest.
    foreach (var (_, url) in routes)
    {
        (await http.GetAsync(new Uri(url(new Random(0)), UriKind.Relative))).Dispose();
    }

    var timings = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
    var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    // Each client draws from its own seed, so the warm-up and the measured run ask different questions.
    Task DriveAsync(int duration, int seed, bool measured) => Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
    {
        var random = new Random(seed + client);
        var until = Stopwatch.StartNew();
        while (until.Elapsed.TotalSeconds < duration)
        {
            var (route, draw) = routes[random.Next(routes.Length)];
            var url = draw(random);
            var timer = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.LoadIntoBufferAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors.AddOrUpdate($"{route}: {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    continue;
                }
            }
            catch (HttpRequestException exception)
            {
                errors.AddOrUpdate($"{route}: {exception.Message}", 1, (_, n) => n + 1);
                continue;
            }

            if (measured)
            {
                timings.GetOrAdd(route, _ => []).Add(timer.Elapsed.TotalMilliseconds);
            }
        }
    })));

    await DriveAsync(warmupSeconds, clients, measured: false);
    // Latency percentiles follow whatever else loads the machine; the server's own CPU time per request does much less.
    var serverCpuBefore = CpuTime(server.Id);
    await DriveAsync(seconds, 0, measured: true);

    var serverCpu = CpuTime(server.Id) - serverCpuBefore;
    var total = timings.Values.Sum(t => t.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{eventsWanted} stored events, {clients} clients, {seconds} s after {warmupSeconds} s of warm-up: {total} requests ({total / (double)seconds:F0}/s), {errors.Values.Sum()} errors"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server CPU {serverCpu.TotalSeconds:F1} s, {serverCpu.TotalMilliseconds / Math.Max(1, total):F2} ms per request; peak RSS {PeakResidentMegabytes(server.Id)} MB; load average {LoadAverage()}"));
    Console.WriteLine("| route | requests | p50 ms | p95 ms | p99 ms |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    foreach (var (route, _) in routes)
    {
        var sorted = timings.TryGetValue(route, out var bag) ? bag.Order().ToArray() : [];
        Console.WriteLine(sorted.Length == 0
            ? $"| {route} | 0 | | | |"
            : string.Create(CultureInfo.InvariantCulture, $"| {route} | {sorted.Length} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} |"));
    }

    foreach (var (error, count) in errors)
    {
        Console.WriteLine($"error {error} × {count}");
    }
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
}

static double Percentile(double[] sorted, double rank) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(rank * sorted.Length) - 1)];

static async Task<long[]> StoredEventIdsAsync(string path)
{
    await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT id FROM events";
    var ids = new List<long>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        ids.Add(reader.GetInt64(0));
    }

    return [.. ids];
}

// User plus system time of a process from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux);
// the command name in field 2 may hold spaces, so fields are counted after its closing parenthesis.
static TimeSpan CpuTime(int processId)
{
    var stat = File.ReadAllText($"/proc/{processId}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return TimeSpan.FromMilliseconds(ticks * 10);
}

// The server's peak resident set (VmHWM in /proc/PID/status, in kB): each pooled SQLite connection keeps its own page
// cache, so the pool's size times the cache bounds what reading can take.
static long PeakResidentMegabytes(int processId)
{
    var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task WaitUntilServingAsync(HttpClient http)
{
    for (var attempt = 0; attempt < 100; attempt++)
    {
        try
        {
            (await http.GetAsync(new Uri("/api/stats", UriKind.Relative))).Dispose();
            return;
        }
        catch (HttpRequestException)
        {
            await Task.Delay(200);
        }
    }

    throw new InvalidOperationException("entente serve did not start");
}
