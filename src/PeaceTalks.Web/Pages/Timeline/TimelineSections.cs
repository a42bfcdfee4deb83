using System.Globalization;

namespace PeaceTalks.Web.Pages.Timeline;

/// <summary>Rows under one heading of the timeline: a year (by month), a decade, a century, or the undated statements.</summary>
public sealed record TimelineSection(string Id, string Heading, IReadOnlyList<TimelineGroup> Groups);

/// <summary>Rows under one subheading: a month of a year, the year itself when no month is given, or none.</summary>
public sealed record TimelineGroup(string? Id, string? Heading, IReadOnlyList<TimelineRow> Rows);

/// <summary>
/// How a page of rows is laid out. A row stands where its date puts it and no more precisely: an event of "the 1830s"
/// under the decade, not under 1830; of "the early 17th century" under the century; of "2022" or "late 2022" under the
/// year before its months. The undated statements stand under one heading of their own, never in a year or month.
/// </summary>
public static class TimelineSections
{
    public static IReadOnlyList<TimelineSection> Of(IReadOnlyList<TimelineRow> rows, TimelineScope scope)
    {
        if (scope == TimelineScope.Undated)
        {
            return rows.Count == 0 ? [] : [new TimelineSection("undated", "Undated statements", [new TimelineGroup(null, null, rows)])];
        }

        return rows
            .GroupBy(r => SectionOf(r.DateStart!.Value.Year, r.Precision))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Rank)
            .Select(g => g.Key.Rank == Year
                ? new TimelineSection(g.Key.Id, g.Key.Heading, g.GroupBy(MonthOf).OrderBy(m => m.Key).Select(m => Month(g.Key.Year, m.Key, [.. m])).ToList())
                : new TimelineSection(g.Key.Id, g.Key.Heading, [new TimelineGroup(null, null, [.. g])]))
            .ToList();
    }

    private const int CenturyRank = 0, DecadeRank = 1, Year = 2;

    private static (int Year, int Rank, string Id, string Heading) SectionOf(int year, string precision) => precision switch
    {
        "century" => (year / 100 * 100, CenturyRank, $"c-{(year / 100) + 1}", EventDates.Century(year)),
        "decade" => (year / 10 * 10, DecadeRank, $"d-{year / 10 * 10}", EventDates.Decade(year)),
        _ => (year, Year, $"y-{year}", EventDates.Year(year)),
    };

    /// <summary>0 for a row dated to the year, or to a part of it longer than a month ("late 2022").</summary>
    private static int MonthOf(TimelineRow row) =>
        row.Precision == "year" || (row.Precision == "part" && row.DateEnd is { } end && (end.Month != row.DateStart!.Value.Month || end.Year != row.DateStart.Value.Year))
            ? 0
            : row.DateStart!.Value.Month;

    private static TimelineGroup Month(int year, int month, IReadOnlyList<TimelineRow> rows) => month == 0
        ? new TimelineGroup($"m-{year}-00", $"{EventDates.Year(year)}, month not given", rows)
        : new TimelineGroup(
            $"m-{year}-{month.ToString("00", CultureInfo.InvariantCulture)}",
            $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {EventDates.Year(year)}",
            rows);
}
