using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PeaceTalks.Core.Storage;

/// <summary>Opening the store: one place that knows the providers and their connection strings.</summary>
public static class PeaceTalksDatabase
{
    public const string DefaultFileName = "peacetalks.db";

    /// <summary>The assembly that holds PostgreSQL's migrations; SQLite's live in this one, in <c>Storage/Migrations</c>.</summary>
    public const string PostgresMigrationsAssembly = "PeaceTalks.Migrations.Postgres";

    /// <summary>
    /// The key of the PostgreSQL advisory lock that writers hold (start-up migration and seed import, CLI imports):
    /// two instances starting together on an empty database must not both migrate or both import the seeds.
    /// Any fixed number would do; this one is "PEACE" in ASCII, unlikely to be another application's.
    /// </summary>
    public const long WriterLockKey = 0x50_45_41_43_45;

    /// <summary>A connection string for a SQLite file; a relative path is taken from <paramref name="baseDirectory"/>.</summary>
    public static string SqliteConnectionString(string pathOrConnectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : $"Data Source={pathOrConnectionString}");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        }

        // A writer waits for a busy database instead of failing at once.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Closes pooled connections, so SQLite checkpoints the WAL into the database file (and PostgreSQL's pool lets a database be dropped).</summary>
    public static void Release()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Whether the database is there (the SQLite file, or the database on the PostgreSQL server), without creating it.</summary>
    public static async Task<bool> ExistsAsync(StoreOptions store, CancellationToken cancellationToken = default)
    {
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            return File.Exists(store.Describe());
        }

        await using var db = Open(store);
        return await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
    }

    /// <summary>Removes the database: the SQLite file with its WAL and shared-memory files, or the PostgreSQL database.</summary>
    public static async Task DeleteAsync(StoreOptions store, CancellationToken cancellationToken = default)
    {
        Release();
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            Delete(store.Describe());
            return;
        }

        await using var db = Open(store);
        await db.Database.EnsureDeletedAsync(cancellationToken);
    }

    /// <summary>Removes a SQLite database file with its WAL and shared-memory files.</summary>
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>
    /// Npgsql stops a command after 30 s unless told otherwise; SQLite never does. The unfiltered timeline counts a
    /// million events in about 25 s on two cores (bench/results.md), and an import of thousands of documents writes
    /// for longer in one statement batch, so without a "Command Timeout" of its own a connection string gets 300 s.
    /// </summary>
    public static int PostgresCommandTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Command Timeout") || given.ContainsKey("CommandTimeout")
            ? new NpgsqlConnectionStringBuilder(connectionString).CommandTimeout
            : 300;
    }

    /// <summary>A SQLite store (the embedded default), kept for callers that only know a connection string.</summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseStore(new StoreOptions(DatabaseProvider.Sqlite, connectionString));

    // The check for model changes missing a migration builds the snapshot model on every start;
    // a test (ModelTests) asserts the same thing once per provider, so start-up need not.
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, StoreOptions store) =>
        (store.Provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(store.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)
                    .CommandTimeout(PostgresCommandTimeout(store.ConnectionString)))
                .AddInterceptors(PostgresTextParameters.Instance)
            : options.UseSqlite(store.ConnectionString))
        .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static PeaceTalksDbContext Open(string connectionString) => Open(new StoreOptions(DatabaseProvider.Sqlite, connectionString));

    public static PeaceTalksDbContext Open(StoreOptions store)
    {
        if (store.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresPeaceTalksDbContext>();
            postgres.UseStore(store);
            return new PostgresPeaceTalksDbContext(postgres.Options);
        }

        var options = new DbContextOptionsBuilder<PeaceTalksDbContext>();
        options.UseStore(store);
        return new PeaceTalksDbContext(options.Options);
    }

    /// <summary>
    /// Applies migrations. On SQLite it turns on WAL, so readers keep reading while an import writes; on
    /// PostgreSQL it creates the database when missing and migrates under the writer lock (<see cref="WriteExclusivelyAsync"/>).
    /// </summary>
    public static async Task MigrateAsync(PeaceTalksDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await CreatePostgresDatabaseAsync(db, cancellationToken);
            await WriteExclusivelyAsync(db, () => MigrateIfPendingAsync(db, cancellationToken), cancellationToken);
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        await MigrateIfPendingAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> as the only writer: on PostgreSQL under a session advisory lock held on the
    /// context's connection (other instances and CLI imports wait for it); on SQLite, whose single file allows one
    /// writer anyway, as it is. Calls may nest: PostgreSQL counts a session's locks.
    /// </summary>
    public static async Task WriteExclusivelyAsync(PeaceTalksDbContext db, Func<Task> work, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            await work();
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({WriterLockKey})", cancellationToken);
            try
            {
                await work();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({WriterLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Migrating takes a lock row even when nothing is pending; asking first keeps an up-to-date
    // database untouched (a failed import must leave a SQLite file byte-for-byte as it was).
    private static async Task MigrateIfPendingAsync(PeaceTalksDbContext db, CancellationToken cancellationToken)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The advisory lock lives in a database, so the database must exist before anyone can take it; two
    /// instances may both find it missing, and the one that loses the race to create it just goes on.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(PeaceTalksDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created by another instance meanwhile.
        }
    }
}
