namespace PeaceTalks.Core.Storage.Entities;

public class Proposal
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Every party that put it forward ("China and Brazil jointly presented …" has two).</summary>
    public List<Party> Proposers { get; set; } = [];

    public DateOnly? DateStart { get; set; }

    /// <summary>"day", "month" or "year" as the text gives the date; null when it gives none.</summary>
    public string? Precision { get; set; }

    public int PassageId { get; set; }

    public Passage? Passage { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }

    public required string Quote { get; set; }

    public List<ProposalPoint> Points { get; set; } = [];
}

public class ProposalPoint
{
    public int Id { get; set; }

    public int ProposalId { get; set; }

    public Proposal? Proposal { get; set; }

    public int Order { get; set; }

    public required string Text { get; set; }

    public int PassageId { get; set; }

    public Passage? Passage { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }

    public required string Quote { get; set; }

    public List<Topic> Topics { get; set; } = [];
}
