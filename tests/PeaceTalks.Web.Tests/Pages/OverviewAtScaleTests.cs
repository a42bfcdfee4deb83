using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// A selection too large to draw event by event is drawn as one dot per lane and month. The seeds hold
/// fewer events than the real limit, so these tests lower it: the counting happens in the real database.
/// </summary>
public class OverviewAtScaleTests(OverviewAtScaleTests.SmallLimitFactory factory) : IClassFixture<OverviewAtScaleTests.SmallLimitFactory>
{
    private const int Limit = 20;

    public sealed class SmallLimitFactory : PeaceTalksFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped(provider => new TimelineQuery(provider.GetRequiredService<PeaceTalksDbContext>()) { MarkLimit = Limit }));
        }
    }

    [Fact]
    public async Task Counts_per_lane_and_month_agree_with_the_events_drawn_one_by_one()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var one = (await new TimelineQuery(db) { MarkLimit = int.MaxValue }.RunAsync(new TimelineFilter(), CancellationToken.None, TimelineParts.Overview)).Overview!;
        var binned = (await new TimelineQuery(db) { MarkLimit = Limit }.RunAsync(new TimelineFilter(), CancellationToken.None, TimelineParts.Overview)).Overview!;

        Assert.True(one.Marks.Count > Limit, $"the seeds hold {one.Marks.Count} events");
        Assert.Empty(binned.Marks);
        Assert.Equal(one.Marks.Count, binned.Months.Sum(m => m.Count));
        Assert.Equal(one.Months, binned.Months);

        static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
        var russia = one.Marks.Where(m => m.Parties.Contains("Russia")).GroupBy(m => (MonthOf(m.DateStart), m.Kind)).ToDictionary(g => g.Key, g => g.Count());
        var mediated = one.Marks.Where(m => m.MediatorParties.Count > 0).GroupBy(m => (MonthOf(m.DateStart), m.Kind)).ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(russia);
        Assert.NotEmpty(mediated);
        Assert.Equal(russia, binned.Bins.Where(b => b.Lane == Overview.Sides[0]).ToDictionary(b => (b.Month, b.Kind), b => b.Count));
        Assert.Equal(mediated, binned.Bins.Where(b => b.Lane == Overview.Mediators).ToDictionary(b => (b.Month, b.Kind), b => b.Count));
    }

    [Fact]
    public async Task The_page_draws_a_dot_per_lane_and_month_that_opens_the_month()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/");
        var dots = page.QuerySelectorAll(".overview a circle.dot");
        Assert.NotEmpty(dots);
        Assert.All(dots, d => Assert.Contains("month=", d.ParentElement!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(dots, d => Assert.Matches(@"^(Russia|Ukraine|Mediators|Others), \w{3} \d{4}: \d+ event\(s\) \(", d.ParentElement!.QuerySelector("title")!.TextContent));
        Assert.Contains(dots, d => double.Parse(d.GetAttribute("r")!, System.Globalization.CultureInfo.InvariantCulture) > 5);

        var dot = dots.First(d => d.ParentElement!.QuerySelector("title")!.TextContent!.StartsWith("Russia", StringComparison.Ordinal));
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(dot.ParentElement!.QuerySelector("title")!.TextContent!, @": (\d+) event").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = await Html.GetAsync(client, dot.ParentElement!.GetAttribute("href")!);
        var russian = month.QuerySelectorAll("li.event").Count(e => e.QuerySelectorAll("a.chip").Any(p => p.TextContent.Trim() == "Russia"));
        Assert.Equal(count, russian);
    }
}
