using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Segmenting;

/// <summary>What a heading's words say about its place in the outline.</summary>
public enum HeadingShape
{
    /// <summary>"Background", "Chinese peace proposal".</summary>
    Plain,

    /// <summary>"2023", "Remainder of 2022", "Early negotiations (24 February to 7 April 2022)": a year or a span of one.</summary>
    Period,

    /// <summary>"May 2022", "First round (28 February)", "Renewal of peace talks: 29–30 March": a month or days within a period.</summary>
    Dated,
}

public static partial class HeadingShapes
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    public static HeadingShape Of(string heading)
    {
        var hasYear = Year().IsMatch(heading);
        var months = MonthName().Count(heading);
        if (MonthYear().IsMatch(heading) || (!hasYear && months > 0 && DayMonth().IsMatch(heading)))
        {
            return HeadingShape.Dated;
        }

        if (hasYear && (months == 0 || months >= 2 || DayMonth().IsMatch(heading)) && !StartsWithYearAndMore().IsMatch(heading))
        {
            return HeadingShape.Period;
        }

        return HeadingShape.Plain;
    }

    public static bool HasYear(string heading) => Year().IsMatch(heading);

    /// <summary>A heading that stands alone between blank lines: short, no sentence punctuation at the end.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 100 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
        {
            return false;
        }

        return (char.IsUpper(text[0]) || char.IsDigit(text[0])) && !".,;!?\"'*=:".Contains(text[^1], StringComparison.Ordinal)
            && !text.StartsWith("{{", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b" + Month + @"\b")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^" + Month + @" (?:19|20)\d\d$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+" + Month + @"\b")]
    private static partial Regex DayMonth();

    // "June 2024 Ukraine peace conference": a named event that happens to carry a date, not a period.
    [GeneratedRegex(@"^(?:" + Month + @" )?(?:19|20)\d\d \p{Lu}")]
    private static partial Regex StartsWithYearAndMore();
}
