using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PeaceTalks.Core.Documents;
using Block = PeaceTalks.Core.Documents.Block;

namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// Markdown to clean blocks, by Markdig (raw HTML off, precise source spans): headings, paragraphs, list
/// items and table rows become plain text whose every character still maps to the raw file. Images are
/// dropped from the text; a link keeps its words; a list item's bold lead-in ("**Venue**: …") is kept as
/// its label, apart from its running text. Everything from a reference heading on ("See also",
/// "References") is the site's tail, not the document's.
/// </summary>
public static class MarkdownCleaner
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <param name="markdown">The Markdown source, each character mapped to the raw file.</param>
    /// <param name="source">The file, for line numbers.</param>
    /// <param name="minimumLevel">The level of a top Markdown heading: the document's own title sits above it.</param>
    public static List<Block> Clean(CleanText markdown, SourceFile source, int minimumLevel = 2)
    {
        var blocks = new List<Block>();
        if (string.IsNullOrWhiteSpace(markdown.Text))
        {
            return blocks;
        }

        var document = Markdown.Parse(markdown.Text, Pipeline);
        var labels = new Dictionary<ListItemBlock, CleanText>();
        var tail = int.MaxValue;
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || leaf.Parent is TableCell)
            {
                continue;
            }

            var builder = new CleanText.Builder();
            CleanText? label = null;
            var inlines = leaf.Inline.ToList();
            var skip = 0;
            if (leaf is ParagraphBlock && LeadLabel(inlines, markdown) is { } lead)
            {
                label = lead.Label;
                skip = lead.Consumed;
                if (leaf.Parent is ListItemBlock item && item.IndexOf(leaf) == 0)
                {
                    labels[item] = label;
                }
            }

            AppendAll(inlines.Skip(skip), markdown, builder);
            var text = TrimLead(builder.Build());
            if (IsDebris(text.Text) && label is null)
            {
                continue;
            }

            var line = source.LineOf((label ?? text).RawStart);
            if (leaf is HeadingBlock heading)
            {
                if (Boilerplate.StartsTail(Boilerplate.WithoutDebris(text.Text), standsAlone: true))
                {
                    tail = text.Length > 0 ? text.RawStart : markdown.RawEnd;
                    break;
                }

                blocks.Add(new Block(BlockKind.Heading, Math.Max(minimumLevel, heading.Level), text, line));
                continue;
            }

            var kind = InsideListItem(leaf) ? BlockKind.ListItem : BlockKind.Paragraph;
            blocks.Add(new Block(kind, 0, text, line, label, OuterLabels(leaf, labels)));
        }

        foreach (var table in document.Descendants<Table>())
        {
            AddRows(table, markdown, source, blocks);
        }

        blocks.RemoveAll(b => (b.Label ?? b.Text).RawStart >= tail);

        return [.. blocks.OrderBy(b => (b.Label ?? b.Text).RawStart)];
    }

    /// <summary>Each body row of a table, its cells joined by " · " (the separator stands for the raw '|').</summary>
    private static void AddRows(Table table, CleanText markdown, SourceFile source, List<Block> blocks)
    {
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var builder = new CleanText.Builder();
            foreach (var cell in row.OfType<TableCell>())
            {
                var cellText = new CleanText.Builder();
                foreach (var paragraph in cell.Descendants<ParagraphBlock>().Where(p => p.Inline is not null))
                {
                    AppendAll(paragraph.Inline!, markdown, cellText);
                }

                var text = cellText.Build().Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    var (start, _) = text.ToRaw(0, 1);
                    builder.Add(' ', start, start).Add('·', start, start).Add(' ', start, start);
                }

                builder.Append(text);
            }

            var joined = builder.Build().Trim();
            if (joined.Length > 0 && !IsDebris(joined.Text))
            {
                blocks.Add(new Block(BlockKind.TableRow, 0, joined, source.LineOf(joined.RawStart)));
            }
        }
    }

    /// <summary>A bold lead-in: "**Venue**: …", "**Venue:** …", "**1863** – …".</summary>
    private static (CleanText Label, int Consumed)? LeadLabel(List<Inline> inlines, CleanText markdown)
    {
        if (inlines.Count == 0 || inlines[0] is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var builder = new CleanText.Builder();
        AppendAll(strong, markdown, builder);
        var label = builder.Build().Trim();
        var endsWithColon = label.Text.EndsWith(':');
        var consumed = 1;
        if (inlines.Count > 1 && inlines[1] is LiteralInline next)
        {
            var rest = next.Content.ToString();
            endsWithColon |= rest.TrimStart().StartsWith(':') || rest.TrimStart().StartsWith('–') || rest.TrimStart().StartsWith('—')
                || rest.TrimStart().StartsWith("- ", StringComparison.Ordinal);
        }

        // A bold phrase that opens a sentence ("**The battle** began …") is emphasis, not a label.
        var standsAlone = inlines.Count == 1 || inlines.Skip(1).All(i => i is LineBreakInline || (i is LiteralInline l && l.Content.ToString().Trim().Length == 0));
        if (label.Length == 0 || !(endsWithColon || standsAlone))
        {
            return null;
        }

        if (label.Text.EndsWith(':'))
        {
            label = label.Slice(0, label.Length - 1).Trim();
        }

        return label.Length == 0 ? null : (label, consumed);
    }

    /// <summary>The labels of the list items around a block (innermost first), other than its own.</summary>
    private static List<CleanText>? OuterLabels(LeafBlock leaf, Dictionary<ListItemBlock, CleanText> labels)
    {
        List<CleanText>? outer = null;
        for (var parent = leaf.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListItemBlock item && labels.TryGetValue(item, out var label) && !(item.Count > 0 && item[0] == leaf))
            {
                (outer ??= []).Add(label);
            }
        }

        return outer;
    }

    private static bool InsideListItem(Markdig.Syntax.Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListItemBlock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ": " or " – " left between a label and its text.</summary>
    private static CleanText TrimLead(CleanText text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text.Text[start]) || text.Text[start] is ':' or '–' or '—'
            || (text.Text[start] == '-' && start + 1 < text.Length && text.Text[start + 1] == ' ')))
        {
            start++;
        }

        return start == 0 ? text.Trim() : start == text.Length ? text.Slice(0, 0) : text.Slice(start, text.Length - start).Trim();
    }

    /// <summary>Nothing a reader reads: blank, a converter's "[object Object]", a lone coordinate.</summary>
    private static bool IsDebris(string text) => Boilerplate.WithoutDebris(text).Trim().Length == 0 || text.All(c => char.IsWhiteSpace(c) || c == '\u00a0');

    private static void AppendAll(IEnumerable<Inline> inlines, CleanText markdown, CleanText.Builder builder)
    {
        foreach (var inline in inlines)
        {
            Append(inline, markdown, builder);
        }
    }

    private static void Append(Inline inline, CleanText markdown, CleanText.Builder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                // A literal's own text may be a copy of its paragraph's lines joined, and Markdig merges an escaped
                // character ("\(") with the text after it, so its offsets are not the source's. Its span is (precise
                // source location): each character is found in the span, past escapes and stripped indentation.
                var content = literal.Content;
                var at = literal.Span.Start;
                var last = Math.Min(literal.Span.End, markdown.Length - 1);
                for (var i = content.Start; i <= content.End; i++)
                {
                    var c = content.Text[i];
                    while (at < last && markdown.Text[at] != c && (markdown.Text[at] == '\\' || char.IsWhiteSpace(markdown.Text[at])))
                    {
                        at++;
                    }

                    AddMapped(builder, markdown, c, Math.Min(at, markdown.Length - 1));
                    if (at < last)
                    {
                        at++;
                    }
                }

                break;
            case CodeInline code:
                for (var i = 0; i < code.Content.Length; i++)
                {
                    AddMapped(builder, markdown, code.Content[i], Math.Min(code.Span.Start + code.DelimiterCount + i, markdown.Length - 1));
                }

                break;
            case LineBreakInline lineBreak:
                AddMapped(builder, markdown, ' ', Math.Min(lineBreak.Span.Start, markdown.Length - 1));
                break;
            case HtmlEntityInline entity:
                foreach (var c in entity.Transcoded.ToString())
                {
                    AddMapped(builder, markdown, c, entity.Span.Start);
                }

                break;
            case AutolinkInline link:
                foreach (var c in link.Url)
                {
                    AddMapped(builder, markdown, c, link.Span.Start);
                }

                break;
            case LinkInline { IsImage: true }:
                // An image is not text: "![UA flag in liberated Balakliia](…)" says nothing the article tells.
                break;
            case ContainerInline nested:
                foreach (var child in nested)
                {
                    Append(child, markdown, builder);
                }

                break;
        }
    }

    private static void AddMapped(CleanText.Builder builder, CleanText markdown, char c, int markdownIndex)
    {
        var (start, end) = markdown.ToRaw(markdownIndex, 1);
        builder.Add(c, start, end);
    }
}
