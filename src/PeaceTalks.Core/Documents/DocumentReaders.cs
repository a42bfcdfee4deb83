namespace PeaceTalks.Core.Documents;

/// <summary>The formats the importer reads, told apart by content: the first reader that recognises a file reads it.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } =
    [
        new QaPageReader(),
        new MarkdownArticleReader(),
        new EncyclopediaScrapeReader(),
    ];

    public static ReadDocument Read(SourceFile source) => Detect(source).Read(source);

    public static IDocumentReader Detect(SourceFile source)
    {
        var text = source.Raw;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(source.Where, null, "the file is empty.", "Nothing to import; remove it or fill it.");
        }

        var control = IsBinary(text, out var at) ? at : -1;
        if (control >= 0)
        {
            var count = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            throw new ImportException(source.Where, source.LineOf(control),
                $"unknown format: the file holds {count} control character(s), so it is binary, not a text document.", Formats);
        }

        foreach (var reader in All)
        {
            if (reader.Recognizes(source))
            {
                return reader;
            }
        }

        if (text.Split('\n').Any(line => line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)))
        {
            throw new ImportException(source.Where, 1, "unknown format: Markdown without YAML front matter is not a supported document.",
                "A Q&A page or a Markdown article starts with '---', then its fields (question and answer, or subject), then '---'.");
        }

        throw new ImportException(source.Where, null,
            "unknown format: it is neither a Q&A page nor a Markdown article (no '---' YAML front matter) nor an encyclopedia article (no paragraph of prose).",
            Formats);
    }

    private const string Formats = "Import an encyclopedia scrape (.txt), a Q&A page or a Markdown article (YAML front matter, then Markdown).";

    private static bool IsBinary(string text, out int at)
    {
        for (at = 0; at < text.Length; at++)
        {
            if (char.IsControl(text[at]) && text[at] is not ('\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }
}
