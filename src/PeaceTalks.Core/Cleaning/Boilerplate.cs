using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// The parts of a page that are the site's, not the document's: the header a scraper prints before
/// the text ("HOME", "TheInfoList", "OR:"), the tail from "See also" or "References" on, and converter
/// debris ("[object Object]" where an object was printed instead of its text).
/// </summary>
public static partial class Boilerplate
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.Ordinal) { "HOME", "TheInfoList", "OR:" };

    private static readonly HashSet<string> TailHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "See also", "Notes", "References", "External links", "Further reading", "Sources", "Bibliography", "Footnotes", "Citations",
        "Notes and references", "References and notes",
    };

    public static bool IsHeaderLine(string line) => HeaderLines.Contains(line.Trim());

    /// <summary>A line from which everything to the end is the site's tail.</summary>
    public static bool StartsTail(string line, bool standsAlone)
    {
        var trimmed = line.Trim().TrimEnd(':').Trim();
        return (standsAlone && TailHeadings.Contains(trimmed)) || trimmed.StartsWith("{{DEFAULTSORT", StringComparison.Ordinal);
    }

    /// <summary>The text without converter debris.</summary>
    public static string WithoutDebris(string text) => text.Contains('[', StringComparison.Ordinal) ? ObjectObject().Replace(text, "") : text;

    [GeneratedRegex(@"\[object Object\]")]
    private static partial Regex ObjectObject();
}
