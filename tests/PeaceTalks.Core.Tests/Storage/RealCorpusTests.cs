using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// A few hundred of the 2,289 real Q&amp;A pages in <c>../shared/corpus/</c> (read from there, never
/// copied into the repository) import without a failure, every warning naming its file.
/// </summary>
public sealed class RealCorpusTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("corpus");

    public void Dispose() => store.Dispose();

    [CorpusFact]
    public async Task Three_hundred_real_pages_import_with_every_warning_naming_its_file()
    {
        var corpus = Corpus.Folder(Corpus.QuickTakes);
        var files = Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).Take(300).ToList();
        Assert.Equal(300, files.Count);

        await using var db = store.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync(files);

        Assert.Equal(300, summary.Documents + summary.Warnings.Count(w => w.Message.Contains("byte-for-byte copy", StringComparison.Ordinal)));
        Assert.True(summary.Passages >= 300, $"{summary.Passages} passages");
        Assert.True(summary.Events >= 300, $"{summary.Events} events");
        Assert.All(summary.Warnings, w => Assert.Contains(Path.GetFileName(w.File), files.Select(Path.GetFileName)));
    }
}
