namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// The parts of an encyclopedia scrape that are the site's, not the article's: the header the
/// scraper prints before the text ("HOME", "TheInfoList", "OR:") and the tail from "See also" on.
/// </summary>
public static class ScrapeBoilerplate
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.Ordinal) { "HOME", "TheInfoList", "OR:" };

    private static readonly HashSet<string> TailHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "See also", "Notes", "References", "External links", "Further reading", "Sources", "Bibliography", "Footnotes", "Citations",
    };

    public static bool IsHeaderLine(string line) => HeaderLines.Contains(line.Trim());

    /// <summary>A line from which everything to the end is the site's tail.</summary>
    public static bool StartsTail(string line, bool standsAlone)
    {
        var trimmed = line.Trim();
        return (standsAlone && TailHeadings.Contains(trimmed)) || trimmed.StartsWith("{{DEFAULTSORT", StringComparison.Ordinal);
    }
}
