using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// A filtered selection read once as ids (<see cref="TimelineQuery.SelectionIdLimit"/>) gives the very same
/// answer, to the last count, row and overview dot, as filtering in every query, on the real seeded database.
/// </summary>
public class SelectionByIdTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task Every_filter_gives_the_same_answer_by_ids_as_by_filtering_each_query()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var whole = await new TimelineQuery(db).RunAsync(new TimelineFilter(), CancellationToken.None);
        var topic = whole.Facets["topic"][0].Value;
        var round = whole.Facets["round"][0].Value;
        var year = whole.Facets["year"].OrderByDescending(y => y.Count).First().Value;

        var filters = new List<TimelineFilter>
        {
            new() { Party = ["Ukraine"] },
            new() { Party = ["Russia", "Ukraine"], Year = year },
            new() { Party = ["Turkey"], Page = "1" },
            new() { Year = year, Page = "2" },
            new() { Month = $"{year}-03" },
            new() { Kind = "meeting" },
            new() { Topic = topic },
            new() { Round = round },
            new() { Q = "Istanbul" },
            new() { Q = "ceasefire", Party = ["Ukraine"] },
            new() { Party = ["Nobody-such"], Year = "abc" },
        };

        foreach (var markLimit in new[] { 250, 5 })
        {
            foreach (var filter in filters)
            {
                var byIds = await new TimelineQuery(db) { MarkLimit = markLimit }.RunAsync(filter, CancellationToken.None);
                var filtering = await new TimelineQuery(db) { MarkLimit = markLimit, SelectionIdLimit = 0 }.RunAsync(filter, CancellationToken.None);
                Assert.Equal(JsonSerializer.Serialize(filtering), JsonSerializer.Serialize(byIds));
            }
        }

        // And the selections were not all empty: the comparison compared something.
        var sizes = new List<int>();
        foreach (var filter in filters)
        {
            sizes.Add((await new TimelineQuery(db).RunAsync(filter, CancellationToken.None, TimelineParts.Rows)).Total);
        }

        Assert.True(sizes.Count(n => n > 5) >= 6, string.Join(", ", sizes));
    }

    [Fact]
    public async Task A_selection_larger_than_the_limit_is_filtered_in_each_query_and_gives_the_same_answer()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var filter = new TimelineFilter { Party = ["Ukraine"] };
        var total = (await new TimelineQuery(db).RunAsync(filter, CancellationToken.None, TimelineParts.Rows)).Total;
        Assert.True(total > 10, $"{total} events with Ukraine");

        var overLimit = await new TimelineQuery(db) { SelectionIdLimit = total - 1 }.RunAsync(filter, CancellationToken.None);
        var byIds = await new TimelineQuery(db) { SelectionIdLimit = total }.RunAsync(filter, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(byIds), JsonSerializer.Serialize(overLimit));
    }
}
