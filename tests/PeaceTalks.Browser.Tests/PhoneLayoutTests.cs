using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeaceTalks.Browser.Tests;

/// <summary>
/// The timeline on a phone, 390 by 844 px: the events come within the first two screens, the filters fold behind
/// one control that counts the active ones, and every mark of the overview is at least 8 px wide, to tap and read.
/// Screenshots go to TestResults/screenshots (not kept in git).
/// </summary>
public class PhoneLayoutTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int Width = 390;
    private const int Height = 844;
    private const double SmallestMark = 8;

    [Fact]
    public async Task On_a_phone_the_events_come_first_and_every_overview_mark_is_8_px_wide()
    {
        var page = await browser.NewPageAsync(Width, Height);
        await page.GotoAsync("/");
        await BrowserFixture.ScreenshotAsync(page, "phone-timeline");

        var firstEvent = await page.Locator("li.event").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top + window.scrollY");
        Assert.True(firstEvent < 2 * Height, $"the first event starts {firstEvent:N0} px down");

        var widths = await page.Locator(".overview svg circle.dot, .overview svg rect.month, .overview svg rect.round-span")
            .EvaluateAllAsync<double[]>("marks => marks.map(m => m.getBoundingClientRect().width)");
        Assert.NotEmpty(widths);
        var narrow = widths.Count(w => w < SmallestMark - 0.01);
        output.WriteLine($"first event at {firstEvent:N0} px; {widths.Length} marks, the narrowest {widths.Min():0.0} px; page {await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight"):N0} px tall");
        Assert.True(narrow == 0, $"{narrow} of the overview's {widths.Length} marks are under {SmallestMark} px wide (narrowest {widths.Min():0.0} px)");

        // The picture scrolls sideways inside its own box; the page itself does not.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways");
        var overview = page.Locator("figure.overview");
        await overview.EvaluateAsync("o => o.scrollLeft = o.scrollWidth");
        await BrowserFixture.ScreenshotAsync(page, "phone-overview-scrolled");
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_one_control_that_counts_the_active_ones()
    {
        var page = await browser.NewPageAsync(Width, Height);
        await page.GotoAsync("/?party=Ukraine&year=2022");
        var control = page.Locator(".filter-fold > summary");
        await Assertions.Expect(control).ToBeVisibleAsync();
        await Assertions.Expect(control).ToHaveTextAsync("Filters (2 active)");
        await Assertions.Expect(page.Locator("#facet-party")).ToBeHiddenAsync();

        await control.ClickAsync();
        await Assertions.Expect(page.Locator("#facet-party")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "phone-filters-open");
        await page.Locator("#facet-kind + ul a").First.ClickAsync();
        await Assertions.Expect(control).ToHaveTextAsync("Filters (3 active)");
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_stand_open_without_the_control()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".filter-fold > summary")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#facet-party")).ToBeVisibleAsync();
    }
}
