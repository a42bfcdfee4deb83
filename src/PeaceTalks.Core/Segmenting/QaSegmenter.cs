using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

/// <summary>
/// Turns a Q&amp;A page into passages: the answer's Markdown is parsed by Markdig (raw HTML off) and
/// each paragraph, list item and heading becomes plain text that still maps to the raw file.
/// </summary>
public static class QaSegmenter
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    public static SegmentedDocument Segment(SourceFile source)
    {
        var (metadata, answer, body) = QaPageReader.Read(source);
        var questionAt = source.Raw.IndexOf(metadata.Question, StringComparison.Ordinal);
        var sections = new List<SectionSpan>
        {
            new(0, metadata.Question, 1, null, questionAt < 0 ? 1 : source.LineOf(questionAt),
                Math.Max(0, questionAt), questionAt < 0 ? 0 : questionAt + metadata.Question.Length),
        };
        var passages = new List<PassageSpan>();
        AddPassages(source, answer, sections, passages);
        AddPassages(source, body, sections, passages);
        var warnings = new List<ImportWarning>();
        if (passages.Count == 0)
        {
            warnings.Add(new ImportWarning(source.Where, sections[0].Line, "the answer is empty: the page has no claims to extract."));
        }

        return new SegmentedDocument(source, DocumentFormat.QaMarkdown, metadata.Question, sections, passages, warnings, metadata);
    }

    private static void AddPassages(SourceFile source, CleanText markdown, List<SectionSpan> sections, List<PassageSpan> passages)
    {
        if (string.IsNullOrWhiteSpace(markdown.Text))
        {
            return;
        }

        var document = Markdown.Parse(markdown.Text, Pipeline);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            var builder = new CleanText.Builder();
            AppendInlines(leaf.Inline, markdown, builder);
            var text = builder.Build().Trim();
            if (text.Length == 0 || text.Text.All(c => char.IsWhiteSpace(c) || c == '\u00a0'))
            {
                continue;
            }

            var line = source.LineOf(text.RawStart);
            if (leaf is HeadingBlock heading)
            {
                sections.Add(new SectionSpan(sections.Count, text.Text, heading.Level + 1, 0, line, text.RawStart, text.RawEnd));
                continue;
            }

            passages.Add(new PassageSpan(passages.Count, sections.Count - 1, line, text));
        }
    }

    private static void AppendInlines(ContainerInline container, CleanText markdown, CleanText.Builder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content;
                    for (var i = content.Start; i <= content.End; i++)
                    {
                        AddMapped(builder, markdown, content.Text[i], i);
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
                    var transcoded = entity.Transcoded.ToString();
                    foreach (var c in transcoded)
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
                case ContainerInline nested:
                    AppendInlines(nested, markdown, builder);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AddMapped(CleanText.Builder builder, CleanText markdown, char c, int markdownIndex)
    {
        var (start, end) = markdown.ToRaw(markdownIndex, 1);
        builder.Add(c, start, end);
    }
}
