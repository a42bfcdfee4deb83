using System.Text.RegularExpressions;
using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

/// <summary>
/// Turns an encyclopedia scrape into headings and clean paragraphs. Blocks are runs of non-blank
/// lines; a block of one short line is a heading; every other block is a paragraph whose lines are
/// re-joined with the gloss lines cut back to their link text.
/// </summary>
public static partial class ScrapeSegmenter
{
    public static SegmentedDocument Segment(SourceFile source)
    {
        var raw = source.Raw;
        var lines = RawLine.Split(raw);
        var warnings = new List<ImportWarning>();
        var blocks = Blocks(raw, lines, out var sortKey);

        var headings = new List<(RawLine Line, string Text, HeadingShape Shape, bool Empty)>();
        var passages = new List<(int HeadingIndex, RawLine Line, CleanText Text)>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var first = block[0].Text(raw);
            if (block.Count == 1 && !GlossLine.IsGloss(first) && HeadingShapes.LooksLikeHeading(first))
            {
                var nextIsHeading = b + 1 >= blocks.Count || IsHeadingBlock(raw, blocks[b + 1]);
                headings.Add((block[0], first.Trim(), HeadingShapes.Of(first.Trim()), nextIsHeading));
                continue;
            }

            if (block.All(l => GlossLine.IsGloss(l.Text(raw))))
            {
                warnings.Add(new ImportWarning(source.Where, block[0].Number,
                    "a hyperlink gloss stands alone with no sentence around it; its link text was kept as a paragraph."));
            }

            var text = Join(raw, block);
            if (text.Length > 0)
            {
                passages.Add((headings.Count - 1, block[0], text));
            }
        }

        var sections = Nest(headings);
        var passageSpans = passages
            .Select((p, i) => new PassageSpan(i, p.HeadingIndex >= 0 ? p.HeadingIndex : null, p.Line.Number, p.Text))
            .ToList();
        if (passageSpans.Count == 0)
        {
            throw new ImportException(source.Where, null, "the article has no paragraphs of text (only headings or boilerplate).",
                "Check that this is the whole article.");
        }

        var title = sortKey ?? sections.FirstOrDefault()?.Heading ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new SegmentedDocument(source, DocumentFormat.EncyclopediaScrape, title, sections, passageSpans, warnings);
    }

    private static bool IsHeadingBlock(string raw, List<RawLine> block) =>
        block.Count == 1 && !GlossLine.IsGloss(block[0].Text(raw)) && HeadingShapes.LooksLikeHeading(block[0].Text(raw));

    private static List<List<RawLine>> Blocks(string raw, IReadOnlyList<RawLine> lines, out string? sortKey)
    {
        sortKey = null;
        var blocks = new List<List<RawLine>>();
        var i = 0;
        while (i < lines.Count && (string.IsNullOrWhiteSpace(lines[i].Text(raw)) || ScrapeBoilerplate.IsHeaderLine(lines[i].Text(raw))))
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
            if (ScrapeBoilerplate.StartsTail(text, standsAlone))
            {
                sortKey = SortKey(raw, lines, i);
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

    /// <summary>Re-joins a paragraph's lines, keeping only the link text of each gloss line.</summary>
    private static CleanText Join(string raw, List<RawLine> block)
    {
        var builder = new CleanText.Builder();
        var doubleQuotes = 0;
        var italics = 0;
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

            if (builder.Length > 0 && NeedsSpace(builder, segment, doubleQuotes, italics))
            {
                // A break between two lines of text that no gloss explains is the source's own
                // ("… offensive on Kyiv." / "According to Putin, …"): it is kept, and ends a sentence.
                var hardBreak = !previousWasGloss && !isGloss && (char.IsUpper(segment[0]) || char.IsDigit(segment[0]));
                builder.Add(hardBreak ? '\n' : ' ', line.Start - 1, line.Start);
            }

            previousWasGloss = isGloss;

            builder.Append(raw, line.Start + lead, segment.Length);
            doubleQuotes += segment.Count(c => c == '"');
            italics += Regex.Count(segment, "''");
        }

        return builder.Build().Trim();
    }

    // A line break inside a sentence was a space, except before punctuation and inside quotes:
    // "German Chancellor" / "Olaf Scholz ..." / "'s spokesman said" joins as "Olaf Scholz's spokesman";
    // "Speaking to ''" / "Bild ''Bild'' ..." / "'', Zelenskyy" joins as "Speaking to ''Bild'', Zelenskyy".
    private static bool NeedsSpace(CleanText.Builder builder, string next, int doubleQuotes, int italics)
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
        return !(last == '"' && doubleQuotes % 2 == 1) && !(last == '\'' && italics % 2 == 1) && last is not ('(' or '“' or '‘');
    }

    /// <summary>
    /// The scrape loses heading levels. They are recovered from shape and order: a plain heading with
    /// no text of its own ("Negotiating positions", "Timeline") opens a part; periods ("2023",
    /// "Early negotiations (24 February to 7 April 2022)") sit inside it; months and dated rounds
    /// ("May 2022", "First round (28 February)") inside the period.
    /// </summary>
    private static List<SectionSpan> Nest(List<(RawLine Line, string Text, HeadingShape Shape, bool Empty)> headings)
    {
        var sections = new List<SectionSpan>();
        int? part = null;           // an empty plain heading that opened a part
        var plainChildLevel = 0;    // level of plain headings inside the current part
        int? period = null;
        for (var i = 0; i < headings.Count; i++)
        {
            var (line, text, shape, empty) = headings[i];
            int level;
            switch (shape)
            {
                case HeadingShape.Period:
                    level = (part is { } p ? sections[p].Level : 0) + 1;
                    period = i;
                    break;
                case HeadingShape.Dated:
                    level = period is { } q ? sections[q].Level + 1 : (part is { } r ? sections[r].Level + 1 : 1);
                    break;
                default:
                    if (part is { } open && (i - 1 == open || (plainChildLevel > 0 && !empty)))
                    {
                        level = sections[open].Level + 1;
                        plainChildLevel = level;
                    }
                    else
                    {
                        level = 1;
                        // "June 2024 Ukraine peace conference" with no text is an event whose text was lost, not a part.
                        part = empty && !HeadingShapes.HasYear(text) ? i : null;
                        plainChildLevel = 0;
                        period = null;
                    }

                    break;
            }

            int? parent = null;
            for (var j = sections.Count - 1; j >= 0; j--)
            {
                if (sections[j].Level < level)
                {
                    parent = j;
                    break;
                }
            }

            sections.Add(new SectionSpan(i, text, level, parent, line.Number, line.Start, line.End));
        }

        return sections;
    }

    [GeneratedRegex(@"^\{\{DEFAULTSORT:(?<title>[^}]+)")]
    private static partial Regex DefaultSort();
}
