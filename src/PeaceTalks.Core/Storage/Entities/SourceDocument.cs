namespace PeaceTalks.Core.Storage.Entities;

public class SourceDocument
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string Title { get; set; }

    /// <summary>"EncyclopediaScrape" or "QaMarkdown".</summary>
    public required string Format { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The file decoded as UTF-8: every SourceStart/SourceEnd indexes into it.</summary>
    public required string RawText { get; set; }

    public string? Url { get; set; }

    public string? Subject { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? AnswerMarkdown { get; set; }

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
