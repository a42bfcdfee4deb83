using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeaceTalks.Core.Storage;

/// <summary>Opening the store: one place that knows the provider and the connection string.</summary>
public static class PeaceTalksDatabase
{
    public const string DefaultFileName = "peacetalks.db";

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

    /// <summary>Closes pooled connections, so SQLite checkpoints the WAL into the database file.</summary>
    public static void Release() => SqliteConnection.ClearAllPools();

    // The check for model changes missing a migration builds the snapshot model on every start;
    // a test (CompiledModelTests) asserts the same thing once, so start-up need not.
    /// <summary>Removes a SQLite database file with its WAL and shared-memory files.</summary>
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));

    public static PeaceTalksDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PeaceTalksDbContext>();
        options.UseStore(connectionString);
        return new PeaceTalksDbContext(options.Options);
    }

    /// <summary>Applies migrations and turns on WAL, so readers keep reading while an import writes.</summary>
    public static async Task MigrateAsync(PeaceTalksDbContext db, CancellationToken cancellationToken = default)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        // Migrating takes a lock row even when nothing is pending; asking first keeps an up-to-date
        // database file untouched (a failed import must leave it byte-for-byte as it was).
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
