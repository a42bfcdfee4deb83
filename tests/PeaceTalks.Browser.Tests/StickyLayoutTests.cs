using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PeaceTalks.Browser.Tests;

/// <summary>
/// What stays in view: the comparison table's first column while its topics scroll sideways, and a month's heading
/// below the sticky month index after a jump to it.
/// </summary>
public class StickyLayoutTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_compare_table_scrolls_in_its_own_box_and_keeps_its_first_column_at_the_left(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync("/proposals/compare");
        var wrap = page.Locator(".matrix-wrap");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page itself scrolls sideways");

        var scrolled = await wrap.EvaluateAsync<double>("w => { w.scrollLeft = 400; return w.scrollLeft; }");
        Assert.True(scrolled > 100, $"the table did not scroll sideways (scrollLeft {scrolled})");
        await BrowserFixture.ScreenshotAsync(page, $"compare-scrolled-{width}");

        var left = await wrap.EvaluateAsync<double>("w => w.getBoundingClientRect().left");
        var firstColumn = await page.Locator(".matrix th[scope=row], .matrix thead th:first-child")
            .EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().left)");
        Assert.NotEmpty(firstColumn);
        Assert.All(firstColumn, cell => Assert.InRange(cell, left - 1, left + 1));

        // Opaque, so the cells scrolling under it do not show through.
        var ground = await page.Locator(".matrix th[scope=row]").First.EvaluateAsync<string>("c => getComputedStyle(c).backgroundColor");
        Assert.DoesNotMatch(@"^(transparent|rgba\(.*, 0\))$", ground);
    }

    [Fact]
    public async Task A_month_the_index_jumps_to_has_its_heading_below_the_index()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var months = page.Locator(".month-index a:not(.year)");
        var count = await months.CountAsync();
        Assert.True(count >= 4, $"the index lists {count} months");
        var link = months.Nth(count / 2);
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(target) + "$"));
        await AssertHeadingBelowIndexAsync(page, target);
    }

    [Fact]
    public async Task On_a_phone_a_month_opened_by_its_address_has_its_heading_below_the_wrapped_index()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        var months = page.Locator(".month-index a:not(.year)");
        var target = (await months.Nth(await months.CountAsync() / 2).GetAttributeAsync("href"))!;
        await page.GotoAsync("/" + target);
        await AssertHeadingBelowIndexAsync(page, target);
    }

    private async Task AssertHeadingBelowIndexAsync(IPage page, string target)
    {
        var heading = page.Locator(target);
        // Scrolled to it, not left at the top of the page.
        await Assertions.Expect(heading).ToBeInViewportAsync();
        var indexBottom = await page.Locator(".month-index").EvaluateAsync<double>("i => i.getBoundingClientRect().bottom");
        var headingTop = await heading.EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        var scrollY = await page.EvaluateAsync<double>("() => window.scrollY");
        output.WriteLine($"{target}: index bottom {indexBottom:0.0} px, heading top {headingTop:0.0} px, scrolled {scrollY:0} px");
        Assert.True(scrollY > 0, "the page did not scroll to the month");
        Assert.True(headingTop >= indexBottom, $"the heading's top ({headingTop:0.0} px) is under the index, whose bottom is at {indexBottom:0.0} px");
        await BrowserFixture.ScreenshotAsync(page, $"month-jump-{page.ViewportSize!.Width}");
    }
}
