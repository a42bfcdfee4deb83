namespace PeaceTalks.Core.Storage.Entities;

public class Round
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public int Order { get; set; }

    public DateOnly? DateStart { get; set; }

    public DateOnly? DateEnd { get; set; }

    public string? Place { get; set; }

    public required string Format { get; set; }

    public List<Event> Events { get; set; } = [];
}
