using System.Net;
using AngleSharp.Html.Parser;

namespace PeaceTalks.Web.Tests.Pages;

public class CrawlTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task Every_link_from_the_timeline_resolves()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var failures = new List<string>();
        while (queue.Count > 0 && seen.Count < 3000)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {url}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                // Every page of the site, but not every combination of timeline filters: one level of those.
                if (path.Length == 0 || !path.StartsWith('/') || (url.Contains('?', StringComparison.Ordinal) && path.StartsWith("/?", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (seen.Add(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        Assert.True(seen.Count > 300, $"only {seen.Count} links found");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sources")]
    [InlineData("/parties")]
    [InlineData("/rounds")]
    [InlineData("/proposals")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/parties")]
    [InlineData("/api/proposals")]
    public async Task Each_list_page_renders(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_peace_formula_page_numbers_its_ten_points_each_linked_to_its_passage()
    {
        var client = factory.CreateClient();
        var list = await Html.GetAsync(client, "/proposals");
        var link = list.QuerySelectorAll("a").First(a => a.GetAttribute("href")!.StartsWith("/proposals/", StringComparison.Ordinal)
            && a.ParentElement!.ParentElement!.TextContent.Contains("Ukraine", StringComparison.Ordinal) && a.ParentElement.ParentElement.QuerySelectorAll("td")[3].TextContent == "10");
        var page = await Html.GetAsync(client, link.GetAttribute("href")!);
        var points = page.QuerySelectorAll("ol.points > li");
        Assert.Equal(10, points.Length);
        Assert.All(points, p => Assert.Contains("#p-", p.QuerySelector("a.source-link")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_qa_page_renders_its_markdown_and_related_articles()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/sources/002_ac80af98cba62472.txt");
        Assert.NotNull(page.QuerySelector(".answer ol li strong"));
        Assert.Contains("Shanghai Cooperation Organization", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("section.passage[id^=p-]"));
    }

    [Fact]
    public async Task The_footer_says_how_current_the_sources_are()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        Assert.Contains("Sources current to July 2024", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_the_two_sources_differ_the_event_shows_both_figures_each_with_its_source()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/?q=Malta");
        var claim = page.QuerySelectorAll("li.event").First(e => e.TextContent.Contains("around 50 countries", StringComparison.Ordinal));
        var eventPage = await Html.GetAsync(client, claim.QuerySelector("h4 a")!.GetAttribute("href")!);
        var differ = eventPage.QuerySelector(".other-sources .differ");
        Assert.NotNull(differ);
        Assert.Contains("Sources differ", differ!.TextContent, StringComparison.Ordinal);
        Assert.Contains("around 50 countries", differ.TextContent, StringComparison.Ordinal);
        Assert.Contains("65 nations", differ.TextContent, StringComparison.Ordinal);
        var sources = differ.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(sources, h => h.StartsWith("/sources/002_", StringComparison.Ordinal));
        Assert.Contains(sources, h => h.StartsWith("/sources/000_", StringComparison.Ordinal));
    }
}
