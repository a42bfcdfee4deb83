using System.Globalization;

namespace PeaceTalks.Web.Pages;

/// <summary>
/// Dates shown as precisely as the source allows — "28 Feb 2022", "14–17 Mar 2022", "Mar 2022", "early Apr 2023", "1863",
/// "1830s", "early 17th century", "as of Oct 2023", "undated" — and where the text gave the date when it was not the
/// event's own sentence. The one place every page and export takes them from.
/// </summary>
public static class EventDates
{
    public const string Undated = "undated";

    /// <param name="asOf">The claim is reported as of the date ("As of October 2023, …"), not said to happen on it.</param>
    public static string Display(DateOnly? date, DateOnly? end, string precision, string written, bool asOf = false)
    {
        if (date is not { } start)
        {
            return Undated;
        }

        var shown = precision switch
        {
            "day" when end is { } last && last.Month == start.Month && last.Year == start.Year => $"{start.Day}–{Day(last)}",
            "day" when end is { } last && last.Year == start.Year => $"{start.Day} {Month(start)} – {Day(last)}",
            "day" when end is { } last => $"{Day(start)} – {Day(last)}",
            "day" => Day(start),
            "month" when end is { } last && (last.Month != start.Month || last.Year != start.Year) =>
                last.Year == start.Year ? $"{Month(start)}–{Month(last)} {Year(last.Year)}" : $"{Month(start)} {Year(start.Year)} – {Month(last)} {Year(last.Year)}",
            "month" => $"{Month(start)} {Year(start.Year)}",
            "year" when end is { } last && last.Year != start.Year => $"{Year(start.Year)}–{Year(last.Year)}",
            "year" => Year(start.Year),
            "decade" => Era(written) ?? Decade(start.Year),
            "century" => Era(written) ?? Century(start.Year),
            _ => written.Contains(start.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? written : $"{written} {Year(start.Year)}",
        };
        return asOf ? $"as of {shown}" : shown;
    }

    /// <summary>
    /// Where the date was taken from, when it is not the event's own sentence: "from the heading “March 2022”". Null for a
    /// date the sentence gives itself; for an undated event, why it has none.
    /// </summary>
    /// <param name="dateFrom"><c>Event.DateFrom</c>: sentence, relative, paragraph, label, heading, framing or none.</param>
    /// <param name="written">The date as written where it was found.</param>
    /// <param name="heading">The heading the date was found in, when it came from one.</param>
    /// <param name="label">The list item's label, when it came from one.</param>
    public static string? Origin(string dateFrom, string written, string? heading = null, string? label = null) => dateFrom switch
    {
        "relative" => $"“{written}”, counted from the day of the event told before it",
        "paragraph" => $"from the paragraph (an earlier sentence: “{written}”)",
        "label" => $"from the item's label “{label ?? written}”",
        "heading" => $"from the heading “{heading ?? written}”",
        "framing" => $"reported as of “{written}”, from the frame set before it",
        "none" => "the text gives no date for it",
        _ => null,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;

    /// <summary>A year of the first millennium is marked as of our era ("AD 64"), where a bare "64" reads as no year at all.</summary>
    public static string Year(int year) => year >= 1000
        ? year.ToString(CultureInfo.InvariantCulture)
        : $"AD {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The decade a year falls in: "1830s".</summary>
    public static string Decade(int year) => $"{year / 10 * 10}s";

    /// <summary>
    /// The century a year falls in, as the sources count them: "the 17th century" is 1600–1699 (the importer reads it so,
    /// and "the 1600s" with it).
    /// </summary>
    public static string Century(int year) => $"{Ordinal((year / 100) + 1)} century";

    private static string Day(DateOnly date) => $"{date.Day} {Month(date)} {Year(date.Year)}";

    private static string Month(DateOnly date) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month);

    /// <summary>
    /// A decade or century as the source names it ("the early 17th century", "the 1830s", "12th and 16th centuries"): its
    /// words say what the range of years cannot ("and" is two centuries, not four), so they are kept, without "the".
    /// </summary>
    private static string? Era(string written)
    {
        var text = written.Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        return text.Length == 0 ? null : text.Replace("Century", "century", StringComparison.Ordinal).Replace("Centuries", "centuries", StringComparison.Ordinal);
    }

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
