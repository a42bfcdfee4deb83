using System.Text;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// "The same happening as told by other sources" is found at import and stored both ways (<see cref="AccountLinker"/>),
/// on both stores. Two small articles tell one summit in Valletta two days apart, with different counts; a third
/// document tells other things on the same days.
/// </summary>
public sealed class AccountLinkTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("accounts");

    public void Dispose() => store.Dispose();

    private static SourceFile Article(string name, string published, string text) => SourceFileReader.Decode(name, Encoding.UTF8.GetBytes(
        $"---\nsubject: {name}\ndescription: An article of the test.\nauthor: Wikipedia\npubDate: {published}\n---\n\n{text}\n"));

    private static SourceFile First() => Article("valletta-a.md", "2031-06-01",
        "On 12 May 2031, a summit in Valletta gathered around 50 countries to discuss the border war.\n\n" +
        "Observers of the talks said they were encouraged by the summit in Valletta.");

    private static SourceFile Second(int nations = 65) => Article("valletta-b.md", "2031-07-01",
        $"On 14 May 2031, {nations} nations attended the summit in Valletta on the border war.\n\n" +
        "Critics called the Valletta summit a missed chance.");

    private static SourceFile Unrelated() => Article("harbour.md", "2031-07-02",
        "On 13 May 2031, dockers in Gdansk went on strike over wages.");

    private Task<PeaceTalksDbContext> ImportAsync(params SourceFile[] files) => ImportAsync(store, files);

    private static async Task<PeaceTalksDbContext> ImportAsync(TestStore into, params SourceFile[] files)
    {
        var db = into.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync(files);
        return db;
    }

    /// <summary>Every stored link as (event's sentence, other event's sentence, shared names, this side's figure, the other's).</summary>
    private static async Task<List<(string From, string To, string Names, string? Figure, string? OtherFigure)>> LinksAsync(PeaceTalksDbContext db)
    {
        var links = await db.EventAccounts.AsNoTracking()
            .Select(a => new { From = a.Event!.Summary, To = a.OtherEvent!.Summary, a.SharedNames, a.Differences })
            .ToListAsync();
        return links
            .Select(l => (l.From, l.To, l.SharedNames, l.Differences.FirstOrDefault()?.Figure, l.Differences.FirstOrDefault()?.OtherFigure))
            .OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public async Task Two_documents_telling_one_summit_are_linked_both_ways_with_the_counts_on_which_they_differ()
    {
        await using var db = await ImportAsync(First(), Second(), Unrelated());
        var links = await LinksAsync(db);

        var summit = links.Single(l => l.From.Contains("around 50 countries", StringComparison.Ordinal) && l.To.Contains("65 nations", StringComparison.Ordinal));
        Assert.Equal("Valletta", summit.Names);
        Assert.Equal(("around 50 countries", "65 nations"), (summit.Figure, summit.OtherFigure));
        var back = links.Single(l => l.From.Contains("65 nations", StringComparison.Ordinal) && l.To.Contains("around 50 countries", StringComparison.Ordinal));
        Assert.Equal(("65 nations", "around 50 countries"), (back.Figure, back.OtherFigure));

        // Two events of one document are one document's telling, and the strike in Gdansk on the day between shares no name.
        Assert.DoesNotContain(links, l => l.From.Contains("Gdansk", StringComparison.Ordinal) || l.To.Contains("Gdansk", StringComparison.Ordinal));
        var documents = await db.EventAccounts.Select(a => new { From = a.Event!.DocumentId, To = a.OtherEvent!.DocumentId }).ToListAsync();
        Assert.All(documents, d => Assert.NotEqual(d.From, d.To));
        Assert.Equal(links.Count, links.Count(l => links.Contains((l.To, l.From, l.Names, l.OtherFigure, l.Figure))));
    }

    [Fact]
    public async Task An_undated_claim_is_linked_to_the_events_of_other_documents_that_share_its_distinctive_name()
    {
        await using var db = await ImportAsync(First(), Second());
        var undated = await db.Events.Where(e => e.DateStart == null && e.Summary.StartsWith("Critics")).Select(e => e.Id).SingleAsync();
        var linked = await db.EventAccounts.Where(a => a.EventId == undated).Select(a => a.OtherEvent!.Summary).OrderBy(s => s).ToListAsync();

        Assert.Equal(2, linked.Count);
        Assert.Contains(linked, s => s.Contains("around 50 countries", StringComparison.Ordinal));
        Assert.Contains(linked, s => s.StartsWith("Observers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Importing_the_documents_one_at_a_time_links_them_as_importing_them_together_does()
    {
        List<(string, string, string, string?, string?)> together;
        using (var apart = TestStore.Create("accounts-together"))
        {
            await using var db = await ImportAsync(apart, First(), Second(), Unrelated());
            together = await LinksAsync(db);
        }

        await using (var db = await ImportAsync(Second()))
        {
            Assert.Empty(await LinksAsync(db));
        }

        await using (var db = await ImportAsync(Unrelated()))
        {
            Assert.Empty(await LinksAsync(db));
        }

        await using var last = await ImportAsync(First());
        Assert.NotEmpty(together);
        Assert.Equal(together, await LinksAsync(last));
    }

    [Fact]
    public async Task A_re_imported_document_drops_its_old_links_and_links_its_new_events()
    {
        await using (var first = await ImportAsync(First(), Second()))
        {
            Assert.Contains(await LinksAsync(first), l => l.OtherFigure == "65 nations");
        }

        await using var db = await ImportAsync(Second(nations: 70));
        var links = await LinksAsync(db);
        Assert.DoesNotContain(links, l => l.OtherFigure == "65 nations" || l.Figure == "65 nations");
        Assert.Contains(links, l => (l.Figure, l.OtherFigure) == ("around 50 countries", "70 nations"));
        Assert.Contains(links, l => (l.Figure, l.OtherFigure) == ("70 nations", "around 50 countries"));

        // Every link names two events that are there, and no event links twice to another.
        var events = await db.Events.Select(e => e.Id).ToListAsync();
        var stored = await db.EventAccounts.Select(a => new { a.EventId, a.OtherEventId }).ToListAsync();
        Assert.All(stored, a => Assert.True(events.Contains(a.EventId) && events.Contains(a.OtherEventId)));
        Assert.Equal(8, stored.Count);
    }

    [Fact]
    public async Task Documents_stored_before_accounts_were_compared_are_compared_by_the_next_import()
    {
        await using (var first = await ImportAsync(First(), Second()))
        {
            await first.EventAccounts.ExecuteDeleteAsync();
            await first.Documents.ExecuteUpdateAsync(set => set.SetProperty(d => d.AccountsCompared, false));
        }

        // Nothing new to import: the import still compares what was never compared, and says so.
        await using var db = store.Open();
        var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([First(), Second()]);
        Assert.Equal(0, summary.Documents);
        Assert.Equal(4, summary.Links);
        Assert.Contains(await LinksAsync(db), l => (l.Figure, l.OtherFigure) == ("around 50 countries", "65 nations"));
        Assert.True(await db.Documents.AllAsync(d => d.AccountsCompared));
    }
}
