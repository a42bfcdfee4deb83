using System.Net;
using AngleSharp.Html.Parser;

namespace PeaceTalks.Web.Tests;

/// <summary>Files that are not ours, met at start-up (a broken seed, a FIFO) and in what the app shows of them (links, paging).</summary>
public class HostileSeedTests(HostileSeedsFactory factory) : IClassFixture<HostileSeedsFactory>
{
    [Fact]
    [Trait("Store", "SqliteOnly")] // On PostgreSQL the seeds are imported only into an empty database, so a store that holds documents never reads them.
    public async Task A_broken_seed_leaves_the_app_serving_its_database_and_health_degraded_naming_the_file_and_line()
    {
        var client = factory.CreateClient();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var text = await health.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("degraded:", text, StringComparison.Ordinal);
        Assert.Contains($"{HostileSeedsFactory.BrokenFile}:2:", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);

        var timeline = await Html.GetAsync(client, "/?party=Poland");
        Assert.True(await PolandEventsAsync(client) > HostileSeedsFactory.Meetings);
        Assert.Contains($"{await PolandEventsAsync(client)} event(s)", timeline.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_among_the_seeds_does_not_hang_the_start()
    {
        // The factory's seeds folder holds a FIFO no one writes to: reading it would block the start for ever.
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("a script", "javascript:")]
    [InlineData("a tabbed script", "script:")]
    [InlineData("basic", "vbscript:")]
    [InlineData("a page in data", "data:")]
    [InlineData("a mail", "mailto:")]
    [InlineData("a bold script", "javascript:")]
    public async Task A_link_of_another_scheme_keeps_its_text_and_loses_its_target(string text, string scheme)
    {
        var answer = await AnswerAsync();
        Assert.Contains(text, answer.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.QuerySelectorAll("a"), a => a.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain(answer.QuerySelectorAll("[href], [src]"), e => ((e.GetAttribute("href") ?? "") + (e.GetAttribute("src") ?? ""))
            .Replace("\t", "", StringComparison.Ordinal).Contains(scheme, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("the report", "https://example.org/report")]
    [InlineData("another host", "//example.net/x")]
    [InlineData("https://example.org/auto", "https://example.org/auto")]
    public async Task A_link_to_another_site_is_marked_external(string text, string href)
    {
        var link = Assert.Single((await AnswerAsync()).QuerySelectorAll("a"), a => a.TextContent.StartsWith(text, StringComparison.Ordinal));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.Contains("external", link.ClassList);
        Assert.Contains("(external)", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_link_is_kept_as_it_is()
    {
        var link = Assert.Single((await AnswerAsync()).QuerySelectorAll("a"), a => a.TextContent == "the timeline");
        Assert.Equal("/?party=Poland", link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("rel"));
    }

    [Fact]
    public async Task No_image_of_an_answer_is_loaded_an_allowed_one_is_a_marked_link_and_another_its_alt_text()
    {
        var answer = await AnswerAsync();
        Assert.Empty(answer.QuerySelectorAll("img"));
        var map = Assert.Single(answer.QuerySelectorAll("a"), a => a.TextContent.Contains("a map of Lanmark", StringComparison.Ordinal));
        Assert.Equal("https://example.org/map.png", map.GetAttribute("href"));
        Assert.True(map.ClassList.Contains("external"), answer.InnerHtml);
        Assert.Contains("a scripted image", answer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_party_page_is_paged_with_links_to_the_next_and_previous_pages()
    {
        var client = factory.CreateClient();
        var total = await PolandEventsAsync(client);
        var size = global::PeaceTalks.Web.Pages.Parties.DetailsModel.PageSize;
        Assert.InRange(total, (2 * size) + 1, 3 * size);
        var first = await Html.GetAsync(client, "/parties/poland");
        Assert.Equal(global::PeaceTalks.Web.Pages.Parties.DetailsModel.PageSize, first.QuerySelectorAll("#events-heading ~ ol li").Length);
        Assert.Contains("page 1 of 3", first.QuerySelector("#events-heading ~ p.summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{total} event(s) on the timeline", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await Html.GetAsync(client, next);
        Assert.Contains("page 2 of 3", second.QuerySelector("#events-heading ~ p.summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        var last = await Html.GetAsync(client, second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(total - (2 * size), last.QuerySelectorAll("#events-heading ~ ol li").Length);
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task A_source_page_is_paged_and_a_link_to_a_passage_or_an_event_opens_the_page_that_holds_it()
    {
        var client = factory.CreateClient();
        var first = await Html.GetAsync(client, "/sources/lanmark.md");
        Assert.Equal(global::PeaceTalks.Web.Pages.Sources.DetailsModel.PageSize, first.QuerySelectorAll("section.passage").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var passage = await Html.GetAsync(client, "/sources/lanmark.md?passage=150#p-150");
        Assert.NotNull(passage.GetElementById("p-150"));
        Assert.NotNull(passage.QuerySelector("a[rel=prev]"));

        // The timeline's "Source passage" link of the last meeting names its event: it opens the last page, marked.
        var api = await client.GetStringAsync(new Uri("/api/events?party=Poland&page=3", UriKind.Relative));
        var sourceUrl = System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("sourceUrl").GetString()!).Last(u => u.StartsWith("/sources/lanmark.md", StringComparison.Ordinal));
        var marked = await Html.GetAsync(client, sourceUrl);
        Assert.NotNull(marked.QuerySelector("section.passage.highlighted"));
        Assert.NotNull(marked.GetElementById(sourceUrl[(sourceUrl.IndexOf('#', StringComparison.Ordinal) + 1)..]));
    }

    private static async Task<int> PolandEventsAsync(HttpClient client) =>
        System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events?party=Poland", UriKind.Relative))).RootElement.GetProperty("total").GetInt32();

    private async Task<AngleSharp.Dom.IElement> AnswerAsync()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/sources/links.md");
        return page.QuerySelector("section.answer")!;
    }
}
