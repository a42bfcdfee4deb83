namespace PeaceTalks.Core.Storage.Entities;

public class Section
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public int Order { get; set; }

    public required string Heading { get; set; }

    public int Level { get; set; }

    public int? ParentId { get; set; }

    public Section? Parent { get; set; }

    /// <summary>Heading path from the top, joined with " > ".</summary>
    public required string Path { get; set; }

    public int Line { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }
}
