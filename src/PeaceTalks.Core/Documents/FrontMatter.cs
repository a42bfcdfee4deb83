using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// YAML front matter between two <c>---</c> lines, parsed by YamlDotNet. Front matter is a handful of
/// fields, so what no such header needs is refused before the tree is built: deep nesting (YamlDotNet
/// builds its tree recursively: 50,000 nested <c>{a: </c> overflow the stack), aliases (a few hundred
/// bytes of aliases used as keys take minutes to hash), keys that are not plain names, and sheer size.
/// </summary>
public sealed partial class FrontMatter
{
    public const int MaxDepth = 16;

    public const int MaxAliases = 16;

    public const int MaxBytes = 8 * 1024 * 1024;

    private FrontMatter(SourceFile source, int start, int end, int bodyStart, YamlMappingNode root)
    {
        Source = source;
        Start = start;
        End = end;
        BodyStart = bodyStart;
        Root = root;
    }

    public SourceFile Source { get; }

    /// <summary>Raw offset of the first character after the opening <c>---</c> line.</summary>
    public int Start { get; }

    /// <summary>Raw offset of the closing <c>---</c> line.</summary>
    public int End { get; }

    /// <summary>Raw offset of the first character after the closing line: the document's body.</summary>
    public int BodyStart { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The page opens with a '---' line (closed or not: an unclosed one is a truncated header, not prose).</summary>
    public static bool Opens(string raw) => Bounds(raw) is not null;

    /// <summary>Whether the header has a top-level field of this name, read from its lines without parsing.</summary>
    public static bool HasKey(string raw, string key)
    {
        if (Bounds(raw) is not var (start, end, _))
        {
            return false;
        }

        var header = end < 0 ? raw[start..] : raw[start..end];
        return TopLevelKey().Matches(header).Any(m => m.Groups["key"].Value == key);
    }

    public static FrontMatter Parse(SourceFile source)
    {
        var raw = source.Raw;
        var (start, end, bodyStart) = Bounds(raw) ?? throw new ImportException(source.Where, 1, "the document has no YAML front matter.");
        if (end < 0)
        {
            throw new ImportException(source.Where, source.LineOf(raw.Length), "the YAML front matter is not closed by a '---' line (the file may be truncated).",
                "Add the closing '---' line after the last field, or import the complete file.");
        }

        if (end - start > MaxBytes)
        {
            throw new ImportException(source.Where, source.LineOf(start),
                $"the YAML front matter is {end - start:N0} characters long; at most {MaxBytes:N0} are read.", "Front matter holds a page's fields, not its bulk.");
        }

        var yaml = raw[start..end];
        var frontLine = source.LineOf(start);
        try
        {
            Guard(source, yaml, frontLine);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping
                ? mapping
                : throw new ImportException(source.Where, frontLine, "the YAML front matter is not a mapping of fields.", "Write it as 'name: value' lines.");
            return new FrontMatter(source, start, end, bodyStart, root);
        }
        catch (YamlException e)
        {
            throw new ImportException(source.Where, frontLine + (int)e.Start.Line - 1, $"the YAML front matter is invalid: {OneLine(e.Message)}",
                "Fix the YAML (a missing quote, an unclosed bracket or a bad indent is the usual cause).");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these, not YamlException, for some broken input ("id: [1, 2" unclosed).
            throw new ImportException(source.Where, frontLine, $"the YAML front matter cannot be read: {OneLine(e.Message)}",
                "Fix the YAML (an unclosed '[' or '{' is the usual cause).");
        }
    }

    public YamlNode? Field(string name) => Field(Root, name);

    public static YamlNode? Field(YamlMappingNode mapping, string name) =>
        mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    public string? Text(string name) => Text(Root, name);

    public static string? Text(YamlMappingNode mapping, string name) => (Field(mapping, name) as YamlScalarNode)?.Value;

    /// <summary>The file's line of a node of the header.</summary>
    public int LineOf(YamlNode node) => Source.LineOf(Start) + (int)node.Start.Line - 1;

    /// <summary>A <c>yyyy-MM-dd</c> field, or null when absent; anything else in it is an error naming its line.</summary>
    public DateOnly? Date(string name)
    {
        var node = Field(name);
        if (node is not YamlScalarNode { Value: { } text } || text.Trim().Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var date)
            ? date
            : throw new ImportException(Source.Where, LineOf(node), $"the '{name}' field \"{OneLine(text)}\" is not a date in the form yyyy-MM-dd.", "Write it like 2024-11-29.");
    }

    /// <summary>Walks the parser's events (a loop, no recursion) and refuses what no front matter needs.</summary>
    private static void Guard(SourceFile source, string yaml, int frontLine)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(bool IsMapping, bool NextIsKey)>();
        var aliases = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = frontLine + (int)current.Start.Line - 1;
            if (current is MappingEnd or SequenceEnd)
            {
                open.Pop();
                continue;
            }

            if (current is not (Scalar or AnchorAlias or MappingStart or SequenceStart))
            {
                continue;
            }

            if (open.TryPeek(out var top) && top.IsMapping)
            {
                if (top.NextIsKey && current is not Scalar)
                {
                    throw new ImportException(source.Where, line, "the YAML front matter has a key that is not a plain name (a list, mapping or alias used as a key).",
                        "Front matter keys are names such as 'title' or 'date'.");
                }

                open.Pop();
                open.Push((true, !top.NextIsKey));
            }

            if (current is AnchorAlias && ++aliases > MaxAliases)
            {
                throw new ImportException(source.Where, line, $"the YAML front matter uses more than {MaxAliases} aliases ('*name').",
                    "Write the values out; front matter needs no aliases.");
            }

            if (current is MappingStart or SequenceStart)
            {
                if (open.Count >= MaxDepth)
                {
                    throw new ImportException(source.Where, line, $"the YAML front matter nests deeper than {MaxDepth} levels.",
                        "Front matter is a list of fields; an unclosed '[' or '{' is the usual cause.");
                }

                open.Push((current is MappingStart, true));
            }
        }
    }

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    internal static (int Start, int End, int BodyStart)? Bounds(string raw)
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

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*):", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
