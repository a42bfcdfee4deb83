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

    /// <summary>"day", "month" or "year": how much of <see cref="DateStart"/> the text gives ("January 2024" is a month).</summary>
    public string? Precision { get; set; }

    /// <summary>"video conference" or "in person" where the text says so; null where it does not.</summary>
    public string? Format { get; set; }

    public List<Event> Events { get; set; } = [];
}
