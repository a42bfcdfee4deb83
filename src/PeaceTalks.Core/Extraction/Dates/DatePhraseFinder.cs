namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>
/// Finds date phrases ("28 February 2022", "between 13 and 18 May 2022", "early April 2023", "2024-11-29")
/// in plain text. Pure and I/O-free; never throws and runs in time linear in the length of the text.
/// </summary>
public static class DatePhraseFinder
{
    /// <summary>Finds every date phrase in <paramref name="text"/>, in text order and without overlaps.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="context">The year that phrases without one ("On 3 March") inherit.</param>
    public static DateScan FindAll(string text, DateContext context)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new DateScan([], []);
        }

        // Only years that leave room for the year after (winter, ranges over New Year) are usable.
        var year = context?.Year is int y and >= 1 and <= 9998 ? y : (int?)null;
        return new DateScanner(text, year).Run();
    }
}
