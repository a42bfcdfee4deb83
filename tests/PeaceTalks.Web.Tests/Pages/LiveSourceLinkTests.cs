namespace PeaceTalks.Web.Tests.Pages;

/// <summary>An event's link to its live page at the exact words, where the document's address is known.</summary>
public class LiveSourceLinkTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task A_Q_and_A_event_links_to_its_live_page_at_its_words_and_a_scrape_event_does_not()
    {
        var client = factory.CreateClient();
        var timeline = await Html.GetAsync(client, "/?q=Malta");
        var events = timeline.QuerySelectorAll("li.event").ToList();
        string EventOf(string document) =>
            events.First(e => e.QuerySelector("a.source-link")!.GetAttribute("href")!.StartsWith($"/sources/{document}", StringComparison.Ordinal))
                .QuerySelector("h4 a")!.GetAttribute("href")!;

        var qa = await Html.GetAsync(client, EventOf("002_"));
        var live = qa.QuerySelector("a.live-source");
        Assert.NotNull(live);
        var href = live!.GetAttribute("href")!;
        Assert.StartsWith("https://quicktakes.io/learn/history-of-the-world/questions/what-are-the-latest-developments-in-peace-negotiations-between-russia-and-ukraine#:~:text=", href, StringComparison.Ordinal);
        // The event's own words, each end of them, encoded.
        var words = Html.Normalize(qa.QuerySelector("mark.quote")!.TextContent).Split(' ');
        Assert.Contains(Uri.EscapeDataString(words[0]).Replace("-", "%2D", StringComparison.Ordinal), href, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(words[^1]).Replace("-", "%2D", StringComparison.Ordinal), href, StringComparison.Ordinal);
        Assert.DoesNotContain(" ", href, StringComparison.Ordinal);
        Assert.Equal("noopener noreferrer", live.GetAttribute("rel"));
        Assert.Contains("(external)", live.TextContent, StringComparison.Ordinal);

        var scrape = await Html.GetAsync(client, EventOf("000_"));
        Assert.NotNull(scrape.QuerySelector("a.source-link"));
        Assert.Null(scrape.QuerySelector("a.live-source"));
    }
}
