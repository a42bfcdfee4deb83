using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>Both seeds imported once into a real store (a SQLite file, or PostgreSQL: <see cref="TestStore"/>), and the export read back.</summary>
public sealed class ImportedSeeds : IAsyncLifetime
{
    public TestStore Store { get; } = TestStore.Create("test");

    public ImportSummary Summary { get; private set; } = null!;

    public ExportDocument Export { get; private set; } = null!;

    public Dictionary<string, string> Raw { get; } = [];

    public async Task InitializeAsync()
    {
        await using var db = Store.Open();
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
        Store.Dispose();
        return Task.CompletedTask;
    }
}
