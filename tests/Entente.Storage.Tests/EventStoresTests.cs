namespace Entente.Storage.Tests;

public sealed class EventStoresTests
{
    [Fact]
    public async Task A_path_opens_a_sqlite_file()
    {
        var folder = Directory.CreateTempSubdirectory("entente-open-").FullName;
        try
        {
            await using var store = await EventStores.OpenAsync(Path.Combine(folder, "corpus.db"));

            Assert.IsType<SqliteEventStore>(store);
            Assert.Equal(Path.Combine(folder, "corpus.db"), store.Name);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("postgres://analyst:s%40cret@db.example:6543/corpus?sslmode=verify-full", "Host=db.example;Port=6543;Username=analyst;Password=s@cret;Database=corpus;SSL Mode=VerifyFull")]
    [InlineData("postgresql://db.example/corpus", "Host=db.example;Port=5432;Database=corpus")]
    [InlineData("Host=localhost;Database=corpus", "Host=localhost;Database=corpus")]
    public void PostgreSQL_urls_become_connection_strings(string target, string expected)
    {
        Assert.True(PostgresTarget.Matches(target));
        Assert.Equal(expected, PostgresTarget.ConnectionString(target));
    }

    [Theory]
    [InlineData("entente.db")]
    [InlineData("/data/postgres-backup.db")]
    [InlineData("C:\\corpora\\hostile.db")]
    public void Anything_else_is_a_sqlite_path(string target) => Assert.False(PostgresTarget.Matches(target));

    [Fact]
    public async Task An_unreachable_postgres_server_is_reported_in_one_line_without_the_password()
    {
        var failure = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync("postgres://analyst:topsecret@127.0.0.1:1/corpus"));

        Assert.StartsWith("PostgreSQL database 'corpus' on 127.0.0.1:1: cannot reach the server", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task An_unknown_url_option_is_refused_clearly()
    {
        var failure = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync("postgres://db.example/corpus?flavour=mint"));

        Assert.Equal("PostgreSQL: the URL option 'flavour' is not one Npgsql knows", failure.Message);
    }
}
