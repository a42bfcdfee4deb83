using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>The overview's bands: months for a selection of a few years, years for a long one.</summary>
public class OverviewBandTests
{
    private static OverviewData Data(DateOnly from, DateOnly to, int perMonth)
    {
        var months = new List<MonthCount>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            months.Add(new MonthCount(month, perMonth));
        }

        var bins = months.Select(m => new OverviewBin(Overview.Sides[0], m.Month, "statement", m.Count)).ToList();
        return new OverviewData(months, to, [], bins);
    }

    [Fact]
    public void A_few_years_are_drawn_month_by_month()
    {
        var overview = Overview.Build(Data(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 1), 3), [])!;
        Assert.False(overview.ByYear);
        Assert.All(overview.Bands, b => Assert.Equal("month", b.Filter.Key));
        Assert.Equal(36 * 3, overview.Bands.Sum(b => b.Count) + overview.Earlier);
        Assert.All(overview.Dots, d => Assert.Equal("month", d.Filter?.Key ?? "month"));
    }

    [Fact]
    public void Centuries_are_drawn_year_by_year_with_a_readable_axis()
    {
        var data = Data(new DateOnly(1800, 1, 1), new DateOnly(2020, 6, 1), 1);
        var overview = Overview.Build(data, [])!;
        Assert.True(overview.ByYear);
        Assert.All(overview.Bands, b => Assert.Matches(@"^\d{4}$", b.Filter.Value));
        Assert.Equal(overview.Bands.Count, overview.End.Year - overview.Start.Year);
        Assert.Equal(data.Months.Count, overview.Bands.Sum(b => b.Count) + overview.Earlier);
        Assert.InRange(overview.Bands.Count(b => b.Axis is not null), 2, 14);
        var labelled = overview.Bands.Where(b => b.Axis is not null).Select(b => int.Parse(b.Filter.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(labelled.Zip(labelled.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 10, $"labels {pair.First} and {pair.Second} would overlap"));
        Assert.All(overview.Dots.Where(d => d.Filter is not null), d => Assert.Equal("year", d.Filter!.Key));
        Assert.Equal(12, overview.Bands.Single(b => b.Filter.Value == "1950").Count);
    }
}
