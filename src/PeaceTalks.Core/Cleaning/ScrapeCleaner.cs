using System.Text.RegularExpressions;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Cleaning;

/// <summary>A block of a cleaned scrape: a heading line or a paragraph, with its first raw line.</summary>
public sealed record ScrapeBlock(bool IsHeading, CleanText Text, RawLine Line);

/// <summary>The clean blocks of an encyclopedia scrape and the title its tail gives ("{{DEFAULTSORT:…").</summary>
public sealed record CleanScrape(IReadOnlyList<ScrapeBlock> Blocks, string? Title, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Cleans an encyclopedia scrape: the site's header and tail are dropped; blocks are runs of non-blank
/// lines; a block of one short line is a heading; every other block is a paragraph whose lines are
/// re-joined with each gloss line cut back to its link text.
/// </summary>
public static partial class ScrapeCleaner
{
    public static CleanScrape Clean(SourceFile source)
    {
        var raw = source.Raw;
        var lines = RawLine.Split(raw);
        var warnings = new List<ImportWarning>();
        var blocks = new List<ScrapeBlock>();
        var raws = Blocks(raw, lines, out var title);
        foreach (var block in raws)
        {
            var first = block[0].Text(raw);
            if (IsHeading(raw, block))
            {
                var text = new CleanText.Builder().Append(raw, block[0].Start, block[0].Length).Build().Trim();
                blocks.Add(new ScrapeBlock(true, text, block[0]));
                continue;
            }

            if (block.All(l => GlossLine.IsGloss(l.Text(raw))))
            {
                warnings.Add(new ImportWarning(source.Where, block[0].Number,
                    "a hyperlink gloss stands alone with no sentence around it; its link text was kept as a paragraph."));
            }

            var joined = Join(raw, block);
            if (joined.Length > 0)
            {
                blocks.Add(new ScrapeBlock(false, joined, block[0]));
            }
        }

        return new CleanScrape(blocks, title, warnings);
    }

    private static bool IsHeading(string raw, List<RawLine> block) =>
        block.Count == 1 && !GlossLine.IsGloss(block[0].Text(raw)) && Segmenting.HeadingShapes.LooksLikeHeading(block[0].Text(raw));

    private static List<List<RawLine>> Blocks(string raw, IReadOnlyList<RawLine> lines, out string? title)
    {
        title = null;
        var blocks = new List<List<RawLine>>();
        var i = 0;
        while (i < lines.Count && (string.IsNullOrWhiteSpace(lines[i].Text(raw)) || Boilerplate.IsHeaderLine(lines[i].Text(raw))))
        {
            i++;
        }

        List<RawLine>? current = null;
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text(raw);
            if (string.IsNullOrWhiteSpace(text))
            {
                current = null;
                continue;
            }

            var standsAlone = current is null && (i + 1 >= lines.Count || string.IsNullOrWhiteSpace(lines[i + 1].Text(raw)));
            if (Boilerplate.StartsTail(text, standsAlone))
            {
                title = SortKey(raw, lines, i);
                break;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(lines[i]);
        }

        return blocks;
    }

    // The scrape has no title line; "{{DEFAULTSORT:2022 Russia-Ukraine peace negotiations" in the tail names the article.
    private static string? SortKey(string raw, IReadOnlyList<RawLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var match = DefaultSort().Match(lines[i].Text(raw));
            if (match.Success)
            {
                return match.Groups["title"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The clean text of a raw excerpt of a scrape (a stored quote): its lines re-joined as a paragraph's are, each gloss
    /// cut back to its link text, the wiki markup gone. What a page shows a reader as the source's words.
    /// </summary>
    public static string Excerpt(string raw) =>
        Join(raw, [.. RawLine.Split(raw).Where(l => l.Length > 0)]).Text;

    /// <summary>Re-joins a paragraph's lines, keeping only the link text of each gloss line.</summary>
    private static CleanText Join(string raw, List<RawLine> block)
    {
        var builder = new CleanText.Builder();
        var doubleQuotes = 0;
        var italics = 0;
        var justOpened = false;
        var previousWasGloss = true;
        foreach (var line in block)
        {
            var text = line.Text(raw);
            var isGloss = GlossLine.IsGloss(text);
            var length = isGloss ? GlossLine.LinkTextLength(text) : text.TrimEnd().Length;
            var lead = 0;
            while (lead < length && text[lead] == ' ')
            {
                lead++;
            }

            var segment = text.Substring(lead, length - lead);
            if (segment.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && NeedsSpace(builder, segment, doubleQuotes, italics, justOpened))
            {
                // A break between two lines of text that no gloss explains is the source's own
                // ("… offensive on Kyiv." / "According to Putin, …"): it is kept, and ends a sentence.
                var hardBreak = !previousWasGloss && !isGloss && (char.IsUpper(segment[0]) || char.IsDigit(segment[0]));
                builder.Add(hardBreak ? '\n' : ' ', line.Start - 1, line.Start);
            }

            previousWasGloss = isGloss;

            // Wiki italics and bold (two or three apostrophes) are markup, not the text's words: the clean text leaves
            // them out, and the raw span of what they enclose still covers them.
            var at = 0;
            foreach (Match mark in Emphasis().Matches(segment))
            {
                builder.Append(raw, line.Start + lead + at, mark.Index - at);
                at = mark.Index + mark.Length;
                italics++;
                justOpened = italics % 2 == 1;
                if (justOpened && at < segment.Length && segment[at] == ' ')
                {
                    // "the '' Financial Times''": the scrape's space inside the opening mark is not the text's.
                    at++;
                }
            }

            builder.Append(raw, line.Start + lead + at, segment.Length - at);
            justOpened &= at == segment.Length;
            doubleQuotes += segment.Count(c => c == '"');
        }

        return builder.Build().Trim();
    }

    // A line break inside a sentence was a space, except before punctuation and inside quotes:
    // a line ending in a name and a gloss line starting with "'s spokesman" join without a space, and so do
    // an opening "''", the title inside it and the closing "''" of an italicised name.
    private static bool NeedsSpace(CleanText.Builder builder, string next, int doubleQuotes, int italics, bool justOpened)
    {
        if (builder.Last is ' ' || next[0] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '’' or '”')
        {
            return false;
        }

        if (next.StartsWith("'s", StringComparison.Ordinal) || next.StartsWith("''", StringComparison.Ordinal) && italics % 2 == 1)
        {
            return false;
        }

        if (next[0] == '"' && doubleQuotes % 2 == 1)
        {
            return false;
        }

        var last = builder.Last;
        return !(last == '"' && doubleQuotes % 2 == 1) && !justOpened && last is not ('(' or '“' or '‘');
    }

    [GeneratedRegex(@"'{2,}")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\{\{DEFAULTSORT:(?<title>[^}]+)")]
    private static partial Regex DefaultSort();
}
