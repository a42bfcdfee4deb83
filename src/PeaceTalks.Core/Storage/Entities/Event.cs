namespace PeaceTalks.Core.Storage.Entities;

public class Event
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public int PassageId { get; set; }

    public Passage? Passage { get; set; }

    public DateOnly DateStart { get; set; }

    public DateOnly? DateEnd { get; set; }

    /// <summary>day, month, part or year.</summary>
    public required string Precision { get; set; }

    public required string DateText { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Kind { get; set; }

    public int? RoundId { get; set; }

    public Round? Round { get; set; }

    /// <summary>Where the event's sentences lie in the passage's clean text, for highlighting.</summary>
    public int PassageStart { get; set; }

    public int PassageLength { get; set; }

    public int SourceStart { get; set; }

    public int SourceEnd { get; set; }

    public required string Quote { get; set; }

    public List<EventParty> Parties { get; set; } = [];

    public List<Person> People { get; set; } = [];

    public List<Topic> Topics { get; set; } = [];
}

public class EventParty
{
    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int PartyId { get; set; }

    public Party? Party { get; set; }

    /// <summary>participant, mediator, host or speaker.</summary>
    public required string Role { get; set; }
}
