namespace PeaceTalks.Core.Storage.Entities;

public class Position
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public int PartyId { get; set; }

    public Party? Party { get; set; }

    public int TopicId { get; set; }

    public Topic? Topic { get; set; }

    public required string Stance { get; set; }

    public DateOnly? DateStart { get; set; }

    public int PassageId { get; set; }

    public Passage? Passage { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }

    public required string Quote { get; set; }
}
