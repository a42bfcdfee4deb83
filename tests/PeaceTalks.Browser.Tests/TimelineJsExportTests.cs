using System.Text.Json;
using Microsoft.Playwright;

namespace PeaceTalks.Browser.Tests;

/// <summary>
/// The TimelineJS export opened as its readers open it: TimelineJS 3.9.11 from npm (tests/tools, installed by ./test.sh),
/// never a CDN, in Chromium. The page that embeds it and TimelineJS's own files are served to the browser from a made-up
/// origin by route interception; the export itself comes from the running app.
/// </summary>
public class TimelineJsExportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Origin = "http://timelinejs.test";

    private static readonly string Dist = Path.Combine(BrowserFixture.RepositoryRoot, "tests", "tools", "node_modules", "@knight-lab", "timelinejs", "dist");

    // TimelineJS's default font is a stylesheet of Google web fonts: font null keeps its own stylesheet's system fonts, so
    // nothing is fetched from outside. TimelineJS reports a data error in its own message box, not as an exception: the page records that as well as its
    // "loaded" event, so the test waits for one outcome or the other.
    private static readonly string EmbeddingPage = $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>TimelineJS export</title>
          <link rel="stylesheet" href="/timelinejs/css/timeline.css">
          <script src="/timelinejs/js/timeline.js"></script>
        </head>
        <body>
          <div id="timeline" style="width: 1100px; height: 650px"></div>
          <script>
            window.outcome = null;
            const timeline = new TL.Timeline('timeline', '/export/events.timeline.json', { script_path: '{{Origin}}/timelinejs/js/', font: null });
            timeline.on('loaded', () => { window.outcome = 'loaded'; });
            new MutationObserver(() => {
              const message = document.querySelector('.tl-message-content');
              if (message && /error/i.test(message.textContent)) { window.outcome = 'message: ' + message.textContent; }
            }).observe(document.body, { subtree: true, childList: true, characterData: true });
          </script>
        </body>
        </html>
        """;

    [Fact]
    public async Task TimelineJs_from_npm_shows_one_slide_per_dated_event_of_the_export_without_an_error()
    {
        if (!File.Exists(Path.Combine(Dist, "js", "timeline.js")))
        {
            throw new InvalidOperationException($"TimelineJS is not installed in {Dist}: run ./test.sh (it runs npm ci in tests/tools).");
        }

        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add("console error: " + message.Text);
            }
        };
        var outside = new List<string>();
        await page.RouteAsync("**/*", route => ServeAsync(route, outside));

        await page.GotoAsync(Origin + "/");
        await page.WaitForFunctionAsync("() => window.outcome !== null");
        Assert.Equal("loaded", await page.EvaluateAsync<string>("() => window.outcome"));
        await BrowserFixture.ScreenshotAsync(page, "timelinejs");

        // One slide per dated event, besides the title slide: every dated event of the same view, none left behind.
        var export = await page.APIRequest.GetAsync(new Uri(browser.BaseAddress, "/export/events.json").ToString());
        using var all = JsonDocument.Parse(await export.TextAsync());
        var dated = all.RootElement.EnumerateArray().Count(e => e.GetProperty("dateStart").ValueKind != JsonValueKind.Null);
        Assert.True(dated > 100, $"the seeds hold {dated} dated events");
        Assert.Equal(dated, await page.EvaluateAsync<int>("() => timeline.config.events.length"));
        Assert.Equal(dated + 1, await page.Locator(".tl-slide").CountAsync());

        Assert.Empty(errors);
        Assert.Empty(outside);
    }

    private async Task ServeAsync(IRoute route, List<string> outside)
    {
        if (!route.Request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
        {
            // Nothing is fetched from anywhere else: no CDN, no web font, no analytics.
            outside.Add(route.Request.Url);
            await route.AbortAsync();
            return;
        }

        var url = new Uri(route.Request.Url);
        if (url.AbsolutePath == "/")
        {
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html; charset=utf-8", Body = EmbeddingPage });
        }
        else if (url.AbsolutePath.StartsWith("/export/", StringComparison.Ordinal))
        {
            var answer = await route.FetchAsync(new RouteFetchOptions { Url = new Uri(browser.BaseAddress, url.PathAndQuery).ToString() });
            await route.FulfillAsync(new RouteFulfillOptions { Response = answer });
        }
        else if (url.AbsolutePath.StartsWith("/timelinejs/", StringComparison.Ordinal)
            && Path.GetFullPath(Path.Combine(Dist, Uri.UnescapeDataString(url.AbsolutePath["/timelinejs/".Length..]))) is var file
            && file.StartsWith(Dist + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Path = file });
        }
        else
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not found" });
        }
    }
}
