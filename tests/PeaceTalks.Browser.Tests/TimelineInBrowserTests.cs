using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PeaceTalks.Browser.Tests;

/// <summary>What a reader does: filter, open an event, follow it to its source, download the view.</summary>
public class TimelineInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_filters_opens_an_event_and_sees_its_passage_marked_in_the_source()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "timeline");
        Assert.True(await page.Locator("li.event").CountAsync() >= 90);

        await page.Locator("#facet-party + ul a", new() { HasTextString = "Turkey" }).ClickAsync();
        await page.Locator("#facet-year + ul a", new() { HasTextString = "2022" }).ClickAsync();
        Assert.Contains("party=Turkey", page.Url, StringComparison.Ordinal);
        Assert.Contains("year=2022", page.Url, StringComparison.Ordinal);
        var dates = await page.Locator("li.event time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2022-", d, StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "timeline-filtered");

        await page.Locator("li.event", new() { HasTextString = "Antalya" }).First.Locator("h4 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/events/[0-9]+$"));
        var quote = await page.Locator("mark.quote").InnerTextAsync();
        Assert.Contains("Antalya", quote, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "event");

        await page.Locator("a.source-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sources/[^?#]+\\?highlight=[0-9]+#p-[0-9]+$"));
        var marked = page.Locator("section.passage.highlighted mark.quote");
        await Assertions.Expect(marked).ToBeVisibleAsync();
        Assert.Equal(Normalize(quote), Normalize(await marked.InnerTextAsync()));
        Assert.True(await marked.EvaluateAsync<bool>("m => { const r = m.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }"),
            "the marked passage is scrolled into view");
        await BrowserFixture.ScreenshotAsync(page, "source");

        // Nothing refused by the content security policy, nothing broken.
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_reader_follows_the_undated_count_narrows_it_to_a_party_and_opens_a_statement_that_says_why_it_has_no_date()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var count = page.Locator(".undated-count");
        await Assertions.Expect(count).ToContainTextAsync("undated statements");
        var listed = int.Parse((await count.InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        await count.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/\\?undated=1$"));
        await Assertions.Expect(page.Locator("li.event")).ToHaveCountAsync(listed);
        var dates = await page.Locator("li.event header .date").AllInnerTextsAsync();
        Assert.All(dates, d => Assert.Equal("undated", d));
        Assert.Equal(0, await page.Locator("li.event time").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "undated");

        await page.Locator("#facet-party + ul a", new() { HasTextString = "Russia" }).ClickAsync();
        Assert.Contains("party=Russia", page.Url, StringComparison.Ordinal);
        Assert.Contains("undated=1", page.Url, StringComparison.Ordinal);
        var narrowed = await page.Locator("li.event").CountAsync();
        Assert.InRange(narrowed, 1, listed - 1);
        Assert.Equal(narrowed, await page.Locator("li.event .chips a", new() { HasTextString = "Russia" }).CountAsync());

        await page.Locator("li.event h4 a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/events/[0-9]+$"));
        await Assertions.Expect(page.Locator(".facts .date-origin")).ToContainTextAsync("the text gives no date for it");

        await page.GoBackAsync();
        await page.Locator(".dated-link a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/\\?party=Russia$"));
        Assert.True(await page.Locator("li.event time").CountAsync() > 0);
    }

    [Fact]
    public async Task Each_export_of_a_view_downloads_with_that_views_events()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/?party=Ukraine&year=2023");
        var shown = await page.Locator("li.event").CountAsync();
        Assert.True(shown > 0);
        foreach (var (label, marker) in new[] { ("CSV", "EventUrl"), ("JSON", "\"sourceUrl\""), ("iCalendar", "BEGIN:VEVENT"), ("TimelineJS", "\"unique_id\"") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".exports a", new() { HasTextString = label }).ClickAsync());
            var path = await download.PathAsync();
            var content = await File.ReadAllTextAsync(path);
            Assert.Contains(marker, content, StringComparison.Ordinal);
            var items = label switch
            {
                "CSV" => content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("/events/", StringComparison.Ordinal)),
                "JSON" => CountOf(content, "\"eventUrl\""),
                "iCalendar" => CountOf(content, "BEGIN:VEVENT"),
                _ => CountOf(content, "\"unique_id\""),
            };
            Assert.True(shown == items, $"{label}: {items} items, page shows {shown}");
        }
    }

    [Fact]
    public async Task Clicking_a_month_on_the_overview_filters_the_timeline_to_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator(".overview g.months a[href*='month=2022-03']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("month=2022-03"));
        var dates = await page.Locator("li.event time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2022-03", d, StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "timeline-month");
    }

    [Fact]
    public async Task A_keyboard_reader_skips_to_the_content_and_moves_between_events_with_j_and_k()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        var second = await page.Locator("li.event h4 a").Nth(1).TextContentAsync();
        Assert.Equal(second, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("k");
        var first = await page.Locator("li.event h4 a").First.TextContentAsync();
        Assert.Equal(first, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task Dark_mode_follows_the_reader_s_setting()
    {
        var light = await browser.NewPageAsync();
        await light.GotoAsync("/");
        var dark = await browser.NewPageAsync(colorScheme: ColorScheme.Dark);
        await dark.GotoAsync("/");
        var background = "() => getComputedStyle(document.body).backgroundColor";
        Assert.NotEqual(await light.EvaluateAsync<string>(background), await dark.EvaluateAsync<string>(background));
        await BrowserFixture.ScreenshotAsync(dark, "timeline-dark");
    }

    [Fact]
    public async Task A_360_pixel_phone_reads_the_timeline_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        await BrowserFixture.ScreenshotAsync(page, "timeline-phone");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?party=Turkey&year=2022")]
    [InlineData("/?undated=1")]
    [InlineData("/events/1")]
    [InlineData("/sources/000_d0e1863d5fa5877d.txt")]
    [InlineData("/sources/002_ac80af98cba62472.txt")]
    [InlineData("/parties/turkey")]
    [InlineData("/rounds/first-round")]
    [InlineData("/disagreements")]
    [InlineData("/proposals")]
    [InlineData("/proposals/first")]
    [InlineData("/proposals/compare")]
    public async Task Each_page_type_has_no_serious_accessibility_violation(string url)
    {
        var page = await browser.NewPageAsync();
        if (url == "/proposals/first")
        {
            await page.GotoAsync("/proposals");
            url = (await page.Locator("table a[href^='/proposals/']").First.GetAttributeAsync("href"))!;
        }

        await page.GotoAsync(url);
        await BrowserFixture.ScreenshotAsync(page, "page" + string.Concat(url.Select(c => char.IsLetterOrDigit(c) ? c : '-')));
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} node(s), first: {v.Nodes.FirstOrDefault()?.Html}")));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CountOf(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
