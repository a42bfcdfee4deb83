namespace PeaceTalks.Core.Storage.Entities;

public class SourceDocument
{
    public int Id { get; set; }

    /// <summary>The document's name and identity: its file name (a folder's files are named within it).</summary>
    public required string FileName { get; set; }

    /// <summary>
    /// Where it was last imported from: the file's full path, or <c>seeds/{name}</c> for the app's start-up seeds. Another file
    /// of the same name is refused unless told to replace it; null for a document stored before origins were kept.
    /// </summary>
    public string? Origin { get; set; }

    public required string Title { get; set; }

    /// <summary>The reader that read it: "EncyclopediaScrape", "QaMarkdown" or "MarkdownArticle".</summary>
    public required string Format { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The file decoded as UTF-8: every SourceStart/SourceEnd indexes into it.</summary>
    public required string RawText { get; set; }

    public string? Url { get; set; }

    public string? Subject { get; set; }

    /// <summary>The document's own date (publication, the page's making): when it was written, never the date of what it tells.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>What <see cref="PublishedOn"/> is: "published", "page made".</summary>
    public string? OwnDateMeaning { get; set; }

    /// <summary>The document's own description of itself (an article's lead, repeated): shown, never a source of events.</summary>
    public string? Description { get; set; }

    public string? AnswerMarkdown { get; set; }

    /// <summary>
    /// Its events were compared with the other documents' events (<see cref="EventAccount"/>). False only for a document
    /// stored before the comparison was made at import: the next import compares it.
    /// </summary>
    public bool AccountsCompared { get; set; }

    public List<RelatedLink> Related { get; set; } = [];

    public List<Section> Sections { get; set; } = [];

    public List<Passage> Passages { get; set; } = [];
}

/// <summary>A Q&amp;A page's related article, kept as the page lists it.</summary>
public class RelatedLink
{
    public required string Title { get; set; }

    public string? Url { get; set; }

    public string? Subject { get; set; }
}
