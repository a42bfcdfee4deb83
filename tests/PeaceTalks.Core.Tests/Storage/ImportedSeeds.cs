using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>Both seeds imported once into a real SQLite file, and the export read back.</summary>
public sealed class ImportedSeeds : IAsyncLifetime
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"peacetalks-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => PeaceTalksDatabase.SqliteConnectionString(DatabasePath, Path.GetTempPath());

    public ImportSummary Summary { get; private set; } = null!;

    public ExportDocument Export { get; private set; } = null!;

    public Dictionary<string, string> Raw { get; } = [];

    public async Task InitializeAsync()
    {
        await using var db = PeaceTalksDatabase.Open(ConnectionString);
        await PeaceTalksDatabase.MigrateAsync(db);
        Summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([Seeds.Folder]);
        Export = await JsonExport.BuildAsync(db);
        foreach (var file in Directory.GetFiles(Seeds.Folder))
        {
            Raw[Path.GetFileName(file)] = PeaceTalks.Core.Documents.SourceFileReader.Read(file).Raw;
        }
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        return Task.CompletedTask;
    }
}
