namespace PeaceTalks.Core.Storage.Entities;

/// <summary>A paragraph of clean text; <see cref="Order"/> is its stable anchor in the document (#p-42).</summary>
public class Passage
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public int? SectionId { get; set; }

    public Section? Section { get; set; }

    public int Order { get; set; }

    public required string Text { get; set; }

    /// <summary>A list item's bold lead-in ("Abolition Movement"), kept apart from its text: it names the text, it tells nothing.</summary>
    public string? Label { get; set; }

    public int Line { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }
}
