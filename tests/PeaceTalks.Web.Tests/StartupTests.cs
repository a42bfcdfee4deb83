using System.Net;
using AngleSharp.Html.Parser;

namespace PeaceTalks.Web.Tests;

public class StartupTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task On_an_empty_database_the_app_imports_the_seeds_and_shows_the_timeline()
    {
        var client = factory.CreateClient();
        Assert.False(factory.DatabaseExistedBeforeStart, "the app must start from no database at all");
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var events = document.QuerySelectorAll("li.event");
        // The seeds give more dated events than a page holds: the first page is full.
        Assert.Equal(PeaceTalks.Web.Pages.Timeline.TimelineQuery.PageSize, events.Length);
        Assert.Contains(events, e => e.TextContent.Contains("second round of peace talks began", StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll("li.event time"), t => t.GetAttribute("datetime") == "2022-02-28");
        Assert.True(factory.Store.Exists());
    }

    [Fact]
    public async Task Health_reports_a_ready_database()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }
}
