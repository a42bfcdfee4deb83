using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// On start the app migrates its database and imports <c>seeds/</c>. The importer skips documents
/// whose content is unchanged, so this costs a hash per file on every start after the first. On PostgreSQL
/// the seeds are imported only into an empty database, under the writer lock.
/// </summary>
public static partial class SeedImport
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        await PeaceTalksDatabase.MigrateAsync(db);

        // Held from the check for documents to the end of the import: of several instances starting together on
        // an empty PostgreSQL database, one imports the seeds and the others find them there.
        var status = services.GetRequiredService<SeedStatus>();
        await PeaceTalksDatabase.WriteExclusivelyAsync(db, () => ImportSeedsAsync(db, status, configuration, environment, logger));
    }

    private static async Task ImportSeedsAsync(PeaceTalksDbContext db, SeedStatus status, IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        // A shared PostgreSQL store is filled and updated by the CLI; the seeds only make a new one usable.
        // Several instances of a release, each with its own seeds/, must not re-import them one after another.
        if (db.Database.IsNpgsql() && await db.Documents.AnyAsync())
        {
            SeedsLeftToTheCli(logger);
            return;
        }

        var folder = SeedsFolder(configuration, environment);
        if (folder is null)
        {
            NoSeedsFolder(logger, environment.ContentRootPath);
            return;
        }

        ImportSummary summary;
        try
        {
            // Seeds fill a database that has never seen them; a document updated since by other means (the CLI) is kept.
            summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: ImportOptions.Seeds).ImportAsync([folder]);
        }
        catch (ImportException e)
        {
            // A bad seed must not keep the app from serving what the database already holds; /healthz names it.
            SeedsRejected(logger, e.Message);
            status.Rejected(e);
            return;
        }

        foreach (var warning in summary.Warnings)
        {
            ImportWarning(logger, warning.ToString());
        }

        SeedsImported(logger, folder, summary.Documents, summary.Unchanged, summary.Events);
    }

    /// <summary><c>Seeds:Path</c> if set; otherwise the nearest <c>seeds/</c> folder at or above the content root.</summary>
    private static string? SeedsFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Seeds:Path"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        for (var folder = new DirectoryInfo(environment.ContentRootPath); folder is not null; folder = folder.Parent)
        {
            var seeds = Path.Combine(folder.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No seeds folder found at or above {ContentRoot}; the database is used as it is")]
    private static partial void NoSeedsFolder(ILogger logger, string contentRoot);

    [LoggerMessage(Level = LogLevel.Information, Message = "The PostgreSQL database holds documents: the seeds are not imported again (import with the CLI)")]
    private static partial void SeedsLeftToTheCli(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The seeds were not imported: {Problem} The database is served as it is.")]
    private static partial void SeedsRejected(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import warning: {Warning}")]
    private static partial void ImportWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeds in {Folder}: {Imported} document(s) imported, {Unchanged} unchanged, {Events} events added")]
    private static partial void SeedsImported(ILogger logger, string folder, int imported, int unchanged, int events);
}
