using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PeaceTalks.Core.Storage;

/// <summary>The stores PeaceTalks runs on: SQLite (embedded, the default) or PostgreSQL (shared by several web instances).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which store and where it is: the one switch (<c>Database:Provider</c> and <c>ConnectionStrings:PeaceTalks</c>
/// in the web app, <c>--provider</c> and <c>--db</c> in the CLI) that everything opening the database goes through.
/// </summary>
public sealed record StoreOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// The store named by <paramref name="provider"/> (<c>Sqlite</c> when empty); for SQLite the connection string
    /// may be a bare file path, relative to <paramref name="baseDirectory"/>.
    /// </summary>
    public static StoreOptions From(string? provider, string? connectionString, string baseDirectory) =>
        ParseProvider(provider) switch
        {
            DatabaseProvider.Postgres => new StoreOptions(DatabaseProvider.Postgres, string.IsNullOrWhiteSpace(connectionString)
                ? throw new ArgumentException("PostgreSQL needs a connection string (ConnectionStrings:PeaceTalks or --db), e.g. \"Host=127.0.0.1;Database=peacetalks;Username=peacetalks\".")
                : connectionString),
            _ => new StoreOptions(DatabaseProvider.Sqlite, PeaceTalksDatabase.SqliteConnectionString(
                string.IsNullOrWhiteSpace(connectionString) ? PeaceTalksDatabase.DefaultFileName : connectionString, baseDirectory)),
        };

    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"\"{name}\" is not a database provider: use Sqlite or Postgres."),
    };

    /// <summary>The database for a reader of logs and messages: the SQLite file, or PostgreSQL's host and database without credentials.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }

        var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {postgres.Database} on {postgres.Host}:{postgres.Port}";
    }
}

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PeaceTalksDbContext"/> on the configured store.</summary>
    public static IServiceCollection AddPeaceTalksStore(this IServiceCollection services, StoreOptions store) =>
        store.Provider == DatabaseProvider.Postgres
            ? services.AddDbContext<PeaceTalksDbContext, PostgresPeaceTalksDbContext>(options => options.UseStore(store))
            : services.AddDbContext<PeaceTalksDbContext>(options => options.UseStore(store));
}
