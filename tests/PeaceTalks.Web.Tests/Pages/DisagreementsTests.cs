using System.Text.RegularExpressions;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// Where two sources count one happening differently: every pair listed once on /disagreements with both figures and
/// both sources, and the events marked where they are listed.
/// </summary>
public class DisagreementsTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task The_page_lists_the_Malta_disagreement_once_with_both_figures_and_both_sources()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/disagreements");
        var items = page.QuerySelectorAll("li.disagreement");
        var malta = Assert.Single(items, i => i.TextContent.Contains("around 50 countries", StringComparison.Ordinal));
        Assert.Contains("65 nations", malta.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".empty"));

        // Once, not once from each side.
        Assert.Single(items, i => i.TextContent.Contains("65 nations", StringComparison.Ordinal));
        Assert.Equal(items.Length, items.Select(i => i.Id).Distinct().Count());

        var links = malta.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count(h => Regex.IsMatch(h, "^/events/[0-9]+$")));
        Assert.Contains(links, h => Regex.IsMatch(h, @"^/sources/002_[^?]+\?highlight=[0-9]+#p-[0-9]+$"));
        Assert.Contains(links, h => Regex.IsMatch(h, @"^/sources/000_[^?]+\?highlight=[0-9]+#p-[0-9]+$"));
    }

    [Fact]
    public async Task The_timeline_marks_the_disagreeing_event_with_a_link_to_its_entry()
    {
        var client = factory.CreateClient();
        var timeline = await Html.GetAsync(client, "/?q=Malta");
        var claim = timeline.QuerySelectorAll("li.event").First(e => e.TextContent.Contains("around 50 countries", StringComparison.Ordinal));
        var mark = claim.QuerySelector("a.disagree-mark");
        Assert.NotNull(mark);
        Assert.Equal("sources disagree", mark!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(mark.GetAttribute("title")));

        var href = mark.GetAttribute("href")!;
        Assert.StartsWith("/disagreements#", href, StringComparison.Ordinal);
        var page = await Html.GetAsync(client, "/disagreements");
        var entry = page.GetElementById(href["/disagreements#".Length..]);
        Assert.NotNull(entry);
        Assert.Contains("around 50 countries", entry!.TextContent, StringComparison.Ordinal);

        // Events no other source disputes are not marked.
        Assert.Contains(timeline.QuerySelectorAll("li.event"), e => e.QuerySelector("a.disagree-mark") is null);
    }

    [Fact]
    public async Task The_site_navigation_links_to_the_disagreements()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        Assert.NotNull(page.QuerySelector("nav a[href='/disagreements']"));
    }
}

/// <summary>Two accounts of one summit that give the same count: linked as one happening, but nothing to list.</summary>
public class NoDisagreementTests(NoDisagreementTests.AgreeingCorpusFactory factory) : IClassFixture<NoDisagreementTests.AgreeingCorpusFactory>
{
    public sealed class AgreeingCorpusFactory() : WrittenCorpusFactory(new Dictionary<string, string>
    {
        ["valletta-a.md"] = """
        ---
        subject: Valletta summit
        description: A summit on the border war.
        author: Wikipedia
        pubDate: 2031-06-01
        ---

        On 12 May 2031, a summit in Valletta gathered 65 countries to discuss the border war.

        """,
        ["valletta-b.md"] = """
        ---
        subject: Mediterranean diplomacy
        description: Diplomacy around the Mediterranean.
        author: Wikipedia
        pubDate: 2031-07-01
        ---

        On 14 May 2031, 65 nations attended the summit in Valletta on the border war.

        """,
    });

    [Fact]
    public async Task A_store_where_no_sources_disagree_says_so_and_marks_nothing()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/disagreements");
        Assert.Empty(page.QuerySelectorAll("li.disagreement"));
        Assert.Contains("No two sources disagree", page.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);

        var timeline = await Html.GetAsync(client, "/");
        Assert.NotEmpty(timeline.QuerySelectorAll("li.event"));
        Assert.Empty(timeline.QuerySelectorAll("a.disagree-mark"));
    }
}
