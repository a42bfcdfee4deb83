using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests.Pages;

public class TimelineTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    private sealed record ApiList(int Total, List<ApiItem> Events);

    private sealed record ApiItem(int Id, string DateStart, string Title);

    [Fact]
    public async Task Turkey_in_2022_lists_the_Antalya_meeting_and_the_grain_agreements_but_not_Jeddah()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/?party=Turkey&year=2022");
        var text = page.QuerySelector(".results")!.TextContent;
        Assert.Contains("Antalya", text, StringComparison.Ordinal);
        Assert.Contains("grain", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jeddah", text, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("li.event time"), t => Assert.StartsWith("2022-", t.GetAttribute("datetime"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_year_lists_nothing_from_another_year()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/?year=2024");
        var dates = page.QuerySelectorAll("li.event time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2024-", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Searching_Istanbul_finds_the_Istanbul_talks()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/?q=Istanbul");
        var titles = page.QuerySelectorAll("li.event").Select(e => e.TextContent).ToList();
        Assert.NotEmpty(titles);
        // "On 28 March, Zelenskyy confirmed that a renewal of peace talk negotiations with Russia would start in Istanbul on
        // 29 March": the sentence's first date dates it.
        Assert.Contains(titles, t => t.Contains("Istanbul", StringComparison.Ordinal) && t.Contains("Mar 2022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_alias_filters_by_its_party()
    {
        var client = factory.CreateClient();
        var byAlias = Html.EventIds(await Html.GetAsync(client, "/?party=Kremlin&year=2023"));
        var byName = Html.EventIds(await Html.GetAsync(client, "/?party=Russia&year=2023"));
        Assert.NotEmpty(byName);
        Assert.Equal(byName, byAlias);
    }

    [Fact]
    public async Task Facets_count_the_current_selection()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/?year=2022");
        var shown = (await AllPagesAsync(client, "/?year=2022")).Count;
        var yearCount = page.QuerySelectorAll("#facet-year + ul li").Single(li => li.TextContent.Contains("2022", StringComparison.Ordinal)).QuerySelector(".count")!.TextContent;
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), yearCount);
        Assert.NotNull(page.QuerySelector("a.clear"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?party=Turkey&year=2022")]
    [InlineData("?year=2024")]
    [InlineData("?q=Istanbul")]
    [InlineData("?kind=statement&party=Ukraine")]
    [InlineData("?topic=territory&year=2023")]
    [InlineData("?round=first-round")]
    [InlineData("?party=China&party=Brazil")]
    public async Task The_api_returns_the_events_the_page_shows(string query)
    {
        // The dated events of the timeline, then the undated statements of the same filters (none for a year).
        var client = factory.CreateClient();
        var dated = await AllPagesAsync(client, "/" + query);
        var undated = await AllPagesAsync(client, "/" + query + (query.Length == 0 ? "?" : "&") + "undated=1");
        var api = await client.GetFromJsonAsync<ApiList>(new Uri("/api/events" + query, UriKind.Relative));
        var expected = dated.Concat(query.Contains("year=", StringComparison.Ordinal) ? [] : undated).ToList();
        Assert.Equal(expected.Count, api!.Total);
        Assert.Equal(expected.Take(100), api.Events.Select(e => e.Id));
    }

    /// <summary>The ids of the events of every page of a view, in order.</summary>
    private static async Task<List<int>> AllPagesAsync(HttpClient client, string url)
    {
        var ids = new List<int>();
        for (string? next = url; next is not null;)
        {
            var page = await Html.GetAsync(client, next);
            ids.AddRange(Html.EventIds(page));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        return ids;
    }

    [Fact]
    public async Task Every_event_links_to_a_passage_that_holds_its_sentences_marked()
    {
        var client = factory.CreateClient();
        List<(int Id, string File, int Order, string Sentences)> events;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
            var rows = await db.Events.Select(e => new { e.Id, e.Document!.FileName, e.Passage!.Order, e.Passage.Text, e.PassageStart, e.PassageLength }).ToListAsync();
            events = rows.Select(e => (e.Id, e.FileName, e.Order, e.Text.Substring(e.PassageStart, e.PassageLength))).ToList();
        }

        Assert.True(events.Count >= 90);
        // The source links of every page of the timeline, and of the undated statements, which it does not place.
        var links = new Dictionary<int, string>();
        foreach (var start in new[] { "/", "/?undated=1" })
        {
            for (string? url = start; url is not null;)
            {
                var timeline = await Html.GetAsync(client, url);
                foreach (var item in timeline.QuerySelectorAll("li.event"))
                {
                    links[int.Parse(item.Id!["e-".Length..], System.Globalization.CultureInfo.InvariantCulture)] = item.QuerySelector("a.source-link")!.GetAttribute("href")!;
                }

                url = timeline.QuerySelector("a[rel=next]")?.GetAttribute("href");
            }
        }

        Assert.Equal(events.Count, links.Count);
        foreach (var (id, file, order, sentences) in events)
        {
            var link = links[id];
            Assert.EndsWith($"#p-{order}", link, StringComparison.Ordinal);
            var source = await Html.GetAsync(client, link.Split('#')[0]);
            var marked = source.QuerySelector($"#p-{order} mark.quote");
            Assert.NotNull(marked);
            Assert.Equal(Html.Normalize(sentences), Html.Normalize(marked!.TextContent));
        }
    }

    [Fact]
    public async Task The_overview_draws_the_selection_and_its_months_filter_the_timeline()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/?party=Turkey");
        var dots = page.QuerySelectorAll(".overview circle.dot");
        Assert.NotEmpty(dots);
        var linked = dots.Select(d => d.ParentElement!.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(Html.EventIds(page).Count, linked.Count);

        var march = page.QuerySelectorAll(".overview g.months a").First(a => a.QuerySelector("title")!.TextContent.StartsWith("Mar 2022", StringComparison.Ordinal));
        var filtered = await Html.GetAsync(client, march.GetAttribute("href")!);
        var dates = filtered.QuerySelectorAll("li.event time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2022-03", d, StringComparison.Ordinal));
        Assert.Contains("party=Turkey", march.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_sets_each_proposal_against_each_topic()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/proposals/compare");
        var rows = page.QuerySelectorAll("table.matrix tbody tr");
        Assert.True(rows.Length >= 8, $"{rows.Length} proposals compared");
        Assert.NotEmpty(page.QuerySelectorAll("table.matrix td a.source-link"));
        Assert.NotEmpty(page.QuerySelectorAll("table.matrix td .not-addressed"));
    }
}
