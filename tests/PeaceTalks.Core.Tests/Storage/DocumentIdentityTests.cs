using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// A document is known by its name and the file it came from; its events by their words (<see cref="EventIdentity"/>).
/// On both stores (<see cref="TestStore"/>).
/// </summary>
public sealed class DocumentIdentityTests : IDisposable
{
    /// <summary>Words of an event of the seed article ("On 3 October 2022, Elon Musk floated …"), and the same words changed.</summary>
    private const string Words = "Elon Musk floated a controversial proposal";

    private const string ChangedWords = "Elon Musk floated a disputed proposal";

    private readonly TestStore store = TestStore.Create("identity");

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-identity-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Another_file_of_a_stored_name_is_refused_naming_both_paths_and_replaces_it_only_when_told()
    {
        var first = Write("a", "report.txt", File.ReadAllText(Seeds.ArticlePath));
        var second = Write("b", "report.txt", File.ReadAllText(Seeds.QaPath));
        await using var db = await OpenAsync();
        await Import(db).ImportAsync([first]);
        var events = await db.Events.CountAsync();

        var refused = await Assert.ThrowsAsync<ImportException>(() => Import(db).ImportAsync([second]));
        Assert.Contains(first, refused.Message, StringComparison.Ordinal);
        Assert.Contains(second, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);
        Assert.Equal(first, await db.Documents.Select(d => d.Origin).SingleAsync());
        Assert.Equal(events, await db.Events.CountAsync());

        var replaced = await Import(db, ClaimedName.Replace).ImportAsync([second]);
        Assert.Contains(replaced.Warnings, w => w.Message.Contains($"replaces the document report.txt imported from {first}", StringComparison.Ordinal));
        Assert.Equal(second, await db.Documents.Select(d => d.Origin).SingleAsync());
        var run = await db.ImportRuns.OrderByDescending(r => r.Id).Include(r => r.Documents).FirstAsync();
        var written = Assert.Single(run.Documents);
        Assert.Equal(("replaced", first), (written.Outcome, written.ReplacedOrigin));

        // The article's events are gone, and the run says which: none is lost without a word.
        Assert.Equal(events, run.EventsRemoved);
        Assert.Equal(events, await db.EventChanges.CountAsync(c => c.ImportRunId == run.Id && c.Change == "removed"));
    }

    [Fact]
    public async Task A_re_import_of_a_changed_seed_keeps_the_id_of_every_event_whose_words_did_not_change()
    {
        var article = File.ReadAllText(Seeds.ArticlePath);
        Assert.Equal(1, Occurrences(article, Words));
        var path = Write("seeds", Path.GetFileName(Seeds.ArticlePath), article);
        await using var db = await OpenAsync();
        await Import(db).ImportAsync([path]);
        var before = await Keys(db);
        var (changedKey, changedId) = before.Single(k => k.Key.Contains(Words, StringComparison.Ordinal));

        // The same file, a new version: a paragraph added before the tail and one sentence's words changed.
        var tail = article.IndexOf("\nSee also\n", StringComparison.Ordinal);
        File.WriteAllText(path, (article[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + article[tail..])
            .Replace(Words, ChangedWords, StringComparison.Ordinal));
        var summary = await Import(db).ImportAsync([path]);
        var after = await Keys(db);

        var survivors = before.Keys.Where(after.ContainsKey).ToList();
        Assert.All(survivors, key => Assert.Equal(before[key], after[key]));
        Assert.DoesNotContain(changedId, after.Values);
        var gone = before.Count - survivors.Count;
        Assert.True(survivors.Count >= before.Count - 2, $"{survivors.Count} of {before.Count} events kept their words");
        Assert.Equal(gone, summary.EventsRemoved);
        Assert.Equal(survivors.Count, summary.EventsKept + summary.EventsChanged);

        // What the run recorded: the changed sentence's event removed, pointing to a surviving event of its passage;
        // the new paragraph's event and the changed sentence's new event added, under their new ids.
        var changes = await db.EventChanges.Where(c => c.ImportRun!.Id == db.ImportRuns.Max(r => r.Id)).ToListAsync();
        var removed = Assert.Single(changes, c => c.EventId == changedId);
        Assert.Equal(("removed", changedKey[2..]), (removed.Change, removed.Detail));
        Assert.NotNull(removed.NearestEventId);
        Assert.Contains(removed.NearestEventId!.Value, after.Values);
        var added = changes.Where(c => c.Change == "added").Select(c => c.EventId).ToHashSet();
        Assert.Contains(after.Single(k => k.Key.Contains("3 March 2031", StringComparison.Ordinal)).Value, added);
        Assert.Contains(after.Single(k => k.Key.Contains(ChangedWords, StringComparison.Ordinal)).Value, added);
        Assert.All(added, id => Assert.DoesNotContain(id, before.Values));
    }

    [Fact]
    public async Task The_seeds_are_not_imported_over_a_document_updated_from_another_file_since()
    {
        await using var db = await OpenAsync();
        var seeds = new Importer(db, Gazetteer.Default, TopicTagger.Default, options: ImportOptions.Seeds);
        await seeds.ImportAsync([Seeds.Folder]);
        var name = Path.GetFileName(Seeds.ArticlePath);
        Assert.Equal($"seeds/{name}", await db.Documents.Where(d => d.FileName == name).Select(d => d.Origin).SingleAsync());

        var article = File.ReadAllText(Seeds.ArticlePath);
        var update = Write("elsewhere", name, article.Replace(Words, ChangedWords, StringComparison.Ordinal));
        await Import(db, ClaimedName.Replace).ImportAsync([update]);
        var updated = await db.Documents.Where(d => d.FileName == name).Select(d => d.Sha256).SingleAsync();

        // The app's next start: the seed is older than what the database holds, and is left alone, with a word.
        var again = await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: ImportOptions.Seeds).ImportAsync([Seeds.Folder]);
        Assert.Equal(0, again.Documents);
        Assert.Contains(again.Warnings, w => w.Message.Contains($"was updated from {update} since", StringComparison.Ordinal));
        Assert.Equal(updated, await db.Documents.Where(d => d.FileName == name).Select(d => d.Sha256).SingleAsync());
        Assert.Equal(1, await db.Events.CountAsync(e => e.Quote.Contains(ChangedWords)));
    }

    private async Task<PeaceTalksDbContext> OpenAsync()
    {
        var db = store.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        return db;
    }

    private static Importer Import(PeaceTalksDbContext db, ClaimedName claimed = ClaimedName.Refuse) =>
        new(db, Gazetteer.Default, TopicTagger.Default, options: new ImportOptions { Claimed = claimed });

    /// <summary>Each stored event's id by its words and their occurrence in its document, as a reader could tell them apart.</summary>
    // Events of one sentence share a quote: told apart in the order they were written (ids), as the importer does.
    private static async Task<Dictionary<string, int>> Keys(PeaceTalksDbContext db)
    {
        var events = await db.Events.AsNoTracking().OrderBy(e => e.SourceStart).ThenBy(e => e.Id).Select(e => new { e.Id, e.Quote }).ToListAsync();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return events.ToDictionary(e => $"{seen[e.Quote] = seen.GetValueOrDefault(e.Quote) + 1}\n{e.Quote}", e => e.Id, StringComparer.Ordinal);
    }

    private static int Occurrences(string text, string words) => (text.Length - text.Replace(words, "", StringComparison.Ordinal).Length) / words.Length;

    private string Write(string subfolder, string name, string text)
    {
        var path = Path.Combine(folder, subfolder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
