using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// The pages of one selection share its counts and overview (<see cref="TimelineSummaryCache"/>): counted once,
/// the same as counted afresh, and counted again after an import, on the real seeded database.
/// </summary>
public sealed class SummaryCacheTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>, IDisposable
{
    private readonly TimelineSummaryCache cache = new(new ImportVersion());

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task Pages_of_a_selection_share_one_count_which_an_import_renews()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var cached = new TimelineQuery(db) { SummaryCache = cache };

        var first = await cached.RunAsync(new TimelineFilter { Page = "1" }, CancellationToken.None);
        var second = await cached.RunAsync(new TimelineFilter { Page = "2" }, CancellationToken.None);
        Assert.Equal(1, cache.Count);
        Assert.True(first.PageCount >= 2, $"{first.Total} events make {first.PageCount} page(s)");
        Assert.NotEqual(first.Rows[0].Id, second.Rows[0].Id);

        // What page 2 was given from the cache is what counting afresh gives.
        var afresh = await new TimelineQuery(db).RunAsync(new TimelineFilter { Page = "2" }, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(afresh), JsonSerializer.Serialize(second));

        // Another selection is counted for itself; its facets mark what it selects.
        var ukraine = await cached.RunAsync(new TimelineFilter { Party = ["Ukraine"] }, CancellationToken.None);
        Assert.Equal(2, cache.Count);
        Assert.Contains(ukraine.Facets["party"], p => p.Value == "Ukraine" && p.Selected);
        Assert.True(ukraine.Total < first.Total);

        await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: Repository.ReplacingSeeds).ImportAsync([Repository.ChangedArticle()]);
        await Task.Delay(ImportVersion.Freshness); // the version is read at most once a second, as for the output cache
        var after = await cached.RunAsync(new TimelineFilter { Page = "2" }, CancellationToken.None);
        Assert.Equal(first.Total + 1, after.Total);
        Assert.Contains(after.Facets["year"], y => y.Value == "2031");
        Assert.Equal(3, cache.Count);
    }
}
