using System.Globalization;

namespace PeaceTalks.Web.Pages;

/// <summary>Dates shown as precisely as the source allows: "28 Feb 2022", "14–17 Mar 2022", "Mar 2022", "early Apr 2023".</summary>
public static class EventDates
{
    public static string Display(DateOnly start, DateOnly? end, string precision, string written) => precision switch
    {
        "day" when end is { } last && last.Month == start.Month && last.Year == start.Year => $"{start.Day}–{last.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        "day" when end is { } last => $"{start.ToString("d MMM", CultureInfo.InvariantCulture)} – {last.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        "day" => start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        "month" when end is { } last && last.Month != start.Month => $"{start.ToString("MMM", CultureInfo.InvariantCulture)}–{last.ToString("MMM yyyy", CultureInfo.InvariantCulture)}",
        "month" => start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        "year" => start.Year.ToString(CultureInfo.InvariantCulture),
        _ => written.Contains(start.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? written : $"{written} {start.Year}",
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
