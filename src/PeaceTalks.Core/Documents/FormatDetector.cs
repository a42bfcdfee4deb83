namespace PeaceTalks.Core.Documents;

/// <summary>Tells the two formats apart by their content, never by the file name.</summary>
public static class FormatDetector
{
    public static DocumentFormat Detect(SourceFile source)
    {
        var text = source.Raw;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(source.Where, null, "the file is empty.", "Nothing to import; remove it or fill it.");
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (controls > 0)
        {
            var at = text.IndexOf(text.First(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')), StringComparison.Ordinal);
            throw new ImportException(source.Where, source.LineOf(at),
                $"unknown format: the file holds {controls} control character(s), so it is binary, not a text document.",
                "Import an encyclopedia scrape (.txt) or a Q&A page (YAML front matter + Markdown).");
        }

        if (QaPageReader.HasFrontMatter(text))
        {
            return DocumentFormat.QaMarkdown;
        }

        // An article is prose: at least one paragraph line of sentence length.
        var hasProse = text.Split('\n').Any(line => line.Length >= 120 && line.Count(c => c == ' ') >= 15);
        if (hasProse)
        {
            return DocumentFormat.EncyclopediaScrape;
        }

        if (text.Split('\n').Any(line => line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)))
        {
            throw new ImportException(source.Where, 1, "unknown format: Markdown without YAML front matter is not a supported document.",
                "A Q&A page starts with '---', then its fields (question, answer, …), then '---'.");
        }

        throw new ImportException(source.Where, null,
            "unknown format: it is neither a Q&A page (no '---' YAML front matter) nor an article (no paragraph of prose).",
            "Import an encyclopedia scrape (.txt) or a Q&A page (YAML front matter + Markdown).");
    }
}
