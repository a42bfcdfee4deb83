namespace PeaceTalks.Core.Storage.Entities;

public class Proposal
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public int? ProposerId { get; set; }

    public Party? Proposer { get; set; }

    public DateOnly? DateStart { get; set; }

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
