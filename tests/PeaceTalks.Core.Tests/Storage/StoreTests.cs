using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>What each store promises, asserted the same way on SQLite and on PostgreSQL (<see cref="TestStore"/>).</summary>
public sealed class StoreTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("store");

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task A_write_that_fails_midway_leaves_the_data_as_it_was()
    {
        await using (var db = store.Open())
        {
            await PeaceTalksDatabase.MigrateAsync(db);
            await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([Seeds.Folder]);
        }

        var before = await ExportAsync();

        // A changed seed is deleted and written again; the import's last save (its ImportRun) fails, after the
        // old rows were deleted and the new ones saved in the same transaction.
        await using (var failing = store.Open(new FailingSave(failOnSave: 2)))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                new Importer(failing, Gazetteer.Default, TopicTagger.Default).ImportAsync([ChangedSeed()]));
            Assert.Equal(FailingSave.Message, error.Message);
        }

        Assert.Equal(before, await ExportAsync());
        await using var after = store.Open();
        Assert.Equal(1, await after.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task Instances_migrating_together_all_succeed_and_migrate_once()
    {
        var contexts = Enumerable.Range(0, 3).Select(_ => store.Open()).ToList();
        try
        {
            await Task.WhenAll(contexts.Select(db => PeaceTalksDatabase.MigrateAsync(db)));
            Assert.Empty(await contexts[0].Database.GetPendingMigrationsAsync());
            Assert.Equal(
                contexts[0].Database.GetMigrations().Count(),
                (await contexts[0].Database.GetAppliedMigrationsAsync()).Count());
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Settings of the database itself, which every later connection has: SQLite's write-ahead log (readers go on
    /// reading during an import), PostgreSQL's JIT off (it compiled every counting query first: migration JitOff).
    /// </summary>
    [Fact]
    public async Task Migrating_sets_what_the_app_relies_on_for_every_later_connection()
    {
        await using (var db = store.Open())
        {
            await PeaceTalksDatabase.MigrateAsync(db);
        }

        PeaceTalksDatabase.Release();
        await using var later = store.Open();
        var connection = later.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var (question, answer) = store.Provider == DatabaseProvider.Postgres ? ("SHOW jit", "off") : ("PRAGMA journal_mode", "wal");
        command.CommandText = question;
        Assert.Equal(answer, (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_last_import_is_the_data_version()
    {
        await using var db = store.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        Assert.Equal(0, await db.ImportRuns.CountAsync());
        await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([Seeds.Folder]);
        var first = await db.ImportRuns.MaxAsync(r => r.Id);
        await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([ChangedSeed()]);
        Assert.True(await db.ImportRuns.MaxAsync(r => r.Id) > first);
    }

    [Fact]
    public async Task A_title_is_searched_by_its_words_which_its_passage_may_lack()
    {
        // A headline may name what its passage only points to ("He rejected …" made "Putin rejected …"): the name finds the
        // event, though no word of its passage does. The title is rewritten here, so the store's title index must follow an
        // update as well as an insert.
        await using var db = store.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([Seeds.Folder]);
        const string name = "Tsiolkovsky";
        Assert.Empty(await FullTextSearch.MatchingPassageIds(db, name).ToListAsync());
        var id = await db.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Title, e => name + "'s " + e.Title));

        Assert.Equal([id], await db.Events.Matching(db, name).Select(e => e.Id).ToListAsync());
        Assert.Equal([id], await db.Events.Matching(db, "tsiolk").Select(e => e.Id).ToListAsync());
        Assert.Empty(await db.Events.Matching(db, "iolkovsky").Select(e => e.Id).ToListAsync());
    }

    [Fact]
    public async Task A_document_written_in_parts_is_stored_as_if_written_at_once()
    {
        // Parts of two rows: every seed is larger than one save, and a passage of two events more than one part, so each
        // seed is written in parts, a passage's events across parts, then re-imported
        // changed (its events keeping their ids) the same way. Which ids new events take is the store's order of
        // inserts within one save, so the events are compared without them, in source order; what the re-import kept,
        // changed, added and removed is compared as the import runs recorded it. Proposals and positions are compared in
        // source order for the same reason.
        using var inParts = TestStore.Create("parts");
        async Task<(string Export, string Runs)> ImportBothAsync(TestStore target, ImportOptions options)
        {
            await using var db = target.Open();
            await PeaceTalksDatabase.MigrateAsync(db);
            await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: options).ImportAsync([Seeds.Folder]);
            await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: options).ImportAsync([ChangedSeed()]);
            var runs = await db.ImportRuns.OrderBy(r => r.Id).Select(r => $"{r.EventsAdded}/{r.EventsKept}/{r.EventsChanged}/{r.EventsRemoved}").ToListAsync();

            // The links between two documents' accounts of one happening are saved in batches too.
            var links = await db.EventAccounts.Select(a => a.Event!.Quote + " | " + a.OtherEvent!.Quote + " | " + a.SharedNames).ToListAsync();
            Assert.NotEmpty(links);
            runs.Add(string.Join("\n", links.Order(StringComparer.Ordinal)));
            var export = await JsonExport.BuildAsync(db);
            export = export with
            {
                Events = [.. export.Events.Select(e => e with { Id = 0 }).OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.SourceStart).ThenBy(e => e.Title, StringComparer.Ordinal)],
                Proposals = [.. export.Proposals.OrderBy(p => p.Document, StringComparer.Ordinal).ThenBy(p => p.SourceStart).ThenBy(p => p.Name, StringComparer.Ordinal)],
                Positions = [.. export.Positions.OrderBy(p => p.Document, StringComparer.Ordinal).ThenBy(p => p.SourceStart).ThenBy(p => p.Topic, StringComparer.Ordinal).ThenBy(p => p.Party, StringComparer.Ordinal)],
            };
            return (JsonSerializer.Serialize(export), string.Join(" ", runs));
        }

        var atOnce = await ImportBothAsync(store, new ImportOptions());
        var parted = await ImportBothAsync(inParts, new ImportOptions { SaveBatchRows = 2 });
        Assert.Equal(atOnce.Runs, parted.Runs);
        Assert.Equal(atOnce.Export, parted.Export);
        Assert.Contains("\"Proposals\":[{", atOnce.Export);
        Assert.Contains("\"Positions\":[{", atOnce.Export);
    }

    private async Task<string> ExportAsync()
    {
        await using var db = store.Open();
        return JsonSerializer.Serialize(await JsonExport.BuildAsync(db));
    }

    private static SourceFile ChangedSeed()
    {
        var path = Directory.GetFiles(Seeds.Folder, "000_*.txt").Single();
        var article = File.ReadAllText(path);
        var tail = article.IndexOf("\nSee also\n", StringComparison.Ordinal);
        return SourceFileReader.Decode(Path.GetFileName(path), System.Text.Encoding.UTF8.GetBytes(
            article[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + article[tail..])) with { Where = path };
    }

    /// <summary>Fails the n-th SaveChanges of its context, as a lost connection or a full disk would.</summary>
    private sealed class FailingSave(int failOnSave) : SaveChangesInterceptor
    {
        public const string Message = "the store failed on purpose";

        private int saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ++saves == failOnSave ? throw new InvalidOperationException(Message) : ValueTask.FromResult(result);
    }
}
