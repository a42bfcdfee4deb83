using PeaceTalks.Core.Cleaning;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// A Q&amp;A page: YAML front matter whose <c>answer</c> holds Markdown, as a YAML scalar with literal
/// <c>\n</c> escapes. The answer comes back unescaped and cleaned, each character still mapped to the
/// raw characters it came from. The page's <c>date</c> is when it was published: it dates nothing the
/// answer tells.
/// </summary>
public sealed class QaPageReader : IDocumentReader
{
    public string Format => "QaMarkdown";

    public bool Recognizes(SourceFile source) =>
        FrontMatter.Opens(source.Raw) && (FrontMatter.HasKey(source.Raw, "answer") || FrontMatter.HasKey(source.Raw, "question"));

    public ReadDocument Read(SourceFile source)
    {
        var header = FrontMatter.Parse(source);
        var answerNode = header.Field("answer")
            ?? throw new ImportException(source.Where, source.LineOf(header.Start), "the Q&A page has no 'answer' field.", "Each Q&A page needs a question and an answer.");
        if (answerNode is not YamlScalarNode answerScalar)
        {
            throw new ImportException(source.Where, header.LineOf(answerNode), "the 'answer' field is not text (it is a list or a mapping).", "Write the answer as one Markdown string.");
        }

        var questionNode = (header.Field("question") ?? header.Field("title")) as YamlScalarNode;
        if (questionNode?.Value is not { } question || question.Trim().Length == 0)
        {
            throw new ImportException(source.Where, source.LineOf(header.Start), "the Q&A page has neither 'question' nor 'title'.", "Each Q&A page needs a question and an answer.");
        }

        var date = header.Date("date");
        var related = header.Root.Children
            .Where(c => c.Key is YamlScalarNode k && k.Value?.StartsWith("related_article", StringComparison.Ordinal) == true)
            .OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal)
            .Select(c => c.Value as YamlMappingNode)
            .OfType<YamlMappingNode>()
            .Select(m => new RelatedArticle(FrontMatter.Text(m, "id"), FrontMatter.Text(m, "title") ?? "", FrontMatter.Text(m, "subject"), FrontMatter.Text(m, "url")))
            .Where(r => r.Title.Length > 0)
            .ToList();

        var answer = Unescape(MapScalar(source.Raw, header.Start, answerScalar));
        var title = MapScalar(source.Raw, header.Start, questionNode).Trim();
        var blocks = new List<Block> { new(BlockKind.Heading, 1, title, source.LineOf(title.RawStart)) };
        blocks.AddRange(MarkdownCleaner.Clean(answer, source));
        var body = new CleanText.Builder().Append(source.Raw, header.BodyStart, source.Raw.Length - header.BodyStart).Build();
        blocks.AddRange(MarkdownCleaner.Clean(body, source));

        var warnings = new List<ImportWarning>();
        if (blocks.Count == 1)
        {
            warnings.Add(new ImportWarning(source.Where, blocks[0].Line, "the answer is empty: the page has no claims to extract."));
        }

        var info = new DocumentInfo(header.Text("url"), header.Text("subject"), null, answer.Text, related);
        return new ReadDocument(source, Format, question.Trim(), date is { } d ? new OwnDate(d, "published") : null, info, blocks, warnings);
    }

    /// <summary>
    /// Maps a scalar's value back onto the raw characters: folded lines, indentation and quoting
    /// are walked past, so every value character points at the raw character that produced it.
    /// </summary>
    internal static CleanText MapScalar(string raw, int frontStart, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        var builder = new CleanText.Builder();
        var p = frontStart + (int)scalar.Start.Index;
        var end = Math.Min(raw.Length, frontStart + (int)scalar.End.Index);
        if (scalar.Style is ScalarStyle.Folded or ScalarStyle.Literal)
        {
            // Skip the ">-" or "|" indicator line.
            var newline = raw.IndexOf('\n', p);
            p = newline < 0 ? p : newline + 1;
        }
        else if (scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted)
        {
            p++;
        }

        foreach (var c in value)
        {
            if (p < end && raw[p] != c && !char.IsWhiteSpace(c))
            {
                while (p < end && char.IsWhiteSpace(raw[p]))
                {
                    p++;
                }

                if (p + 1 < end && raw[p] is '\\' or '\'' && raw[p + 1] == c)
                {
                    builder.Add(c, p, p + 2);
                    p += 2;
                    continue;
                }
            }

            var at = Math.Max(0, Math.Min(p, raw.Length - 1));
            builder.Add(c, at, at + 1);
            if (p < end)
            {
                p++;
            }
        }

        return builder.Build();
    }

    /// <summary>The answer's Markdown arrives with literal "\n" escapes: each pair becomes a line break.</summary>
    private static CleanText Unescape(CleanText scalar)
    {
        var text = scalar.Text;
        var builder = new CleanText.Builder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is 'n' or 't' or 'r')
            {
                var (s, _) = scalar.ToRaw(i, 1);
                var (_, e) = scalar.ToRaw(i + 1, 1);
                builder.Add(text[i + 1] switch { 'n' => '\n', 't' => '\t', _ => '\r' }, s, e);
                i++;
                continue;
            }

            var (rs, re) = scalar.ToRaw(i, 1);
            builder.Add(text[i], rs, re);
        }

        return builder.Build();
    }
}
