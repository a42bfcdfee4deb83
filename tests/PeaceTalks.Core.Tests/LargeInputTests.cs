using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Core.Tests;

/// <summary>Input far larger than any seed, through the pure stages (no store, so it runs once, not per store).</summary>
public sealed class LargeInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-large-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_fifty_megabyte_article_goes_through_every_stage_without_failing()
    {
        // The pure stages only, on a text twelve times what one import reads from a file (SourceFileReader.MaxBytes):
        // they must hold up on any text, whatever the import's bound. Writing is a matter for the CLI's bound test.
        var big = Path.Combine(folder, "big.txt");
        var paragraph = "On 3 March 2031, the delegations of the two sides met in Geneva for talks on prisoners, grain and a ceasefire that lasted all day.\n\n";
        await File.WriteAllTextAsync(big, "HOME\n\nOR:\n\n" + string.Concat(Enumerable.Repeat(paragraph, 50_000_000 / paragraph.Length)));
        Assert.True(new FileInfo(big).Length >= 49_000_000);
        Assert.Throws<ImportException>(() => SourceFileReader.Read(big));
        var source = SourceFileReader.Decode("big.txt", await File.ReadAllBytesAsync(big));
        var parsed = Assert.Single(await Importer.ParseAsync([source], Gazetteer.Default, TopicTagger.Default));
        Assert.True(parsed.Document.Passages.Count > 300_000);
        Assert.NotEmpty(parsed.Extraction.Events);
    }
}
