using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Tests;

/// <summary>
/// The store a storage or web test runs on, so that one suite checks both: a throw-away PostgreSQL database
/// (<c>peacetalks_test_…</c>, dropped afterwards) on the server named by <c>PEACETALKS_TEST_POSTGRES</c> when it
/// is set (test.sh starts one), else a SQLite file in the temp folder. The database itself is not created
/// here: the app and the CLI create a missing one, and the tests check that they do.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string ServerVariable = "PEACETALKS_TEST_POSTGRES";

    private TestStore(StoreOptions options, string? sqlitePath, string? postgresDatabase)
    {
        Options = options;
        SqlitePath = sqlitePath;
        PostgresDatabase = postgresDatabase;
    }

    /// <summary>The PostgreSQL server the tests run against, or null for SQLite.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    public StoreOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>As the app's configuration and the CLI's <c>--provider</c> spell it.</summary>
    public string ProviderName => Provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite";

    /// <summary>The SQLite file (with its -wal and -shm beside it); null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    public string? PostgresDatabase { get; }

    /// <summary>What the app's <c>ConnectionStrings:PeaceTalks</c> and the CLI's <c>--db</c> take.</summary>
    public string Location => SqlitePath ?? Options.ConnectionString;

    public static TestStore Create(string purpose)
    {
        var id = Guid.NewGuid().ToString("N");
        if (PostgresServer is { } server)
        {
            var name = $"peacetalks_test_{id}";
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            return new TestStore(new StoreOptions(DatabaseProvider.Postgres, builder.ConnectionString), null, name);
        }

        var path = Path.Combine(Path.GetTempPath(), $"peacetalks-{purpose}-{id}.db");
        return new TestStore(new StoreOptions(DatabaseProvider.Sqlite, PeaceTalksDatabase.SqliteConnectionString(path, Path.GetTempPath())), path, null);
    }

    public PeaceTalksDbContext Open() => PeaceTalksDatabase.Open(Options);

    /// <summary>A context on this store with <paramref name="interceptors"/> added, to make a write fail on purpose.</summary>
    public PeaceTalksDbContext Open(params IInterceptor[] interceptors)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresPeaceTalksDbContext>();
            postgres.UseStore(Options).AddInterceptors(interceptors);
            return new PostgresPeaceTalksDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<PeaceTalksDbContext>();
        sqlite.UseStore(Options).AddInterceptors(interceptors);
        return new PeaceTalksDbContext(sqlite.Options);
    }

    /// <summary>Whether the database is there: the SQLite file, or the PostgreSQL database on the server.</summary>
    public bool Exists()
    {
        if (SqlitePath is not null)
        {
            return File.Exists(SqlitePath);
        }

        using var server = new NpgsqlConnection(PostgresServer);
        server.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        command.Parameters.AddWithValue("name", PostgresDatabase!);
        return (long)command.ExecuteScalar()! == 1;
    }

    public void Dispose()
    {
        PeaceTalksDatabase.Release();
        if (SqlitePath is not null)
        {
            PeaceTalksDatabase.Delete(SqlitePath);
            return;
        }

        using var server = new NpgsqlConnection(PostgresServer);
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }
}
