using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Segmenting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// Reads a Q&amp;A page: YAML front matter between two <c>---</c> lines, parsed by YamlDotNet. The
/// answer is Markdown inside a YAML scalar with literal <c>\n</c> escapes; it comes back unescaped,
/// each character still mapped to the raw characters it came from.
/// </summary>
public static class QaPageReader
{
    /// <summary>The page opens with a '---' line (closed or not: an unclosed one is a truncated page, not an article).</summary>
    public static bool HasFrontMatter(string raw) => FrontMatterBounds(raw) is not null;

    public static (QaMetadata Metadata, CleanText Answer, CleanText Body) Read(SourceFile source)
    {
        var raw = source.Raw;
        var (start, end, bodyStart) = FrontMatterBounds(raw) ?? throw new ImportException(source.Where, 1, "the page has no YAML front matter.");
        if (end < 0)
        {
            throw new ImportException(source.Where, source.LineOf(raw.Length), "the YAML front matter is not closed by a '---' line (the file may be truncated).",
                "Add the closing '---' line after the last field, or import the complete file.");
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(raw[start..end]));
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping
                ? mapping
                : throw new ImportException(source.Where, source.LineOf(start), "the YAML front matter is not a mapping of fields.");
        }
        catch (YamlException e)
        {
            var line = source.LineOf(start) + (int)e.Start.Line - 1;
            throw new ImportException(source.Where, line, $"the YAML front matter is invalid: {e.Message}",
                "Fix the YAML (a missing quote or a bad indent is the usual cause).");
        }

        var answerNode = Field(root, "answer");
        if (answerNode is null)
        {
            throw new ImportException(source.Where, source.LineOf(start), "the Q&A page has no 'answer' field.",
                "Each Q&A page needs a question and an answer.");
        }

        if (answerNode is not YamlScalarNode answerScalar)
        {
            throw new ImportException(source.Where, source.LineOf(start) + (int)answerNode.Start.Line - 1,
                "the 'answer' field is not text (it is a list or a mapping).", "Write the answer as one Markdown string.");
        }

        var question = Text(root, "question") ?? Text(root, "title")
            ?? throw new ImportException(source.Where, source.LineOf(start), "the Q&A page has neither 'question' nor 'title'.");
        var dateText = Text(root, "date");
        DateOnly? date = null;
        if (dateText is not null)
        {
            date = DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", out var d)
                ? d
                : throw new ImportException(source.Where, LineOfField(source, start, root, "date"),
                    $"the 'date' field \"{dateText}\" is not a date in the form yyyy-MM-dd.", "Write it like 2024-11-29.");
        }

        var related = root.Children
            .Where(c => c.Key is YamlScalarNode k && k.Value?.StartsWith("related_article", StringComparison.Ordinal) == true)
            .OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal)
            .Select(c => c.Value as YamlMappingNode)
            .OfType<YamlMappingNode>()
            .Select(m => new RelatedArticle(Text(m, "id"), Text(m, "title") ?? "", Text(m, "subject"), Text(m, "url")))
            .Where(r => r.Title.Length > 0)
            .ToList();

        var answer = Unescape(MapScalar(raw, start, answerScalar));
        var metadata = new QaMetadata(Text(root, "id"), date, question.Trim(), Text(root, "subject"), Text(root, "url"), answer.Text, related);
        var body = new CleanText.Builder().Append(raw, bodyStart, raw.Length - bodyStart).Build();
        return (metadata, answer, body);
    }

    private static (int Start, int End, int BodyStart)? FrontMatterBounds(string raw)
    {
        var offset = 0;
        while (offset < raw.Length && raw[offset] is ' ' or '\t' or '\r' or '\n')
        {
            offset++;
        }

        if (string.CompareOrdinal(raw, offset, "---", 0, 3) != 0)
        {
            return null;
        }

        var firstLineEnd = raw.IndexOf('\n', offset);
        if (firstLineEnd < 0 || raw[(offset + 3)..firstLineEnd].Trim().Length > 0)
        {
            return null;
        }

        var start = firstLineEnd + 1;
        var position = start;
        while (position < raw.Length)
        {
            var lineEnd = raw.IndexOf('\n', position);
            var line = lineEnd < 0 ? raw[position..] : raw[position..lineEnd];
            if (line.TrimEnd() == "---")
            {
                return (start, position, lineEnd < 0 ? raw.Length : lineEnd + 1);
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        return (start, -1, -1);
    }

    private static YamlNode? Field(YamlMappingNode mapping, string name) =>
        mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static string? Text(YamlMappingNode mapping, string name) => (Field(mapping, name) as YamlScalarNode)?.Value;

    private static int LineOfField(SourceFile source, int frontStart, YamlMappingNode root, string name) =>
        source.LineOf(frontStart) + (int)(Field(root, name)?.Start.Line ?? 1) - 1;

    /// <summary>
    /// Maps a scalar's value back onto the raw characters: folded lines, indentation and quoting
    /// are walked past, so every value character points at the raw character that produced it.
    /// </summary>
    private static CleanText MapScalar(string raw, int frontStart, YamlScalarNode scalar)
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

            var at = Math.Min(p, raw.Length - 1);
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
