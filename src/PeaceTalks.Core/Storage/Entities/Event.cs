namespace PeaceTalks.Core.Storage.Entities;

public class Event
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public SourceDocument? Document { get; set; }

    public int PassageId { get; set; }

    public Passage? Passage { get; set; }

    /// <summary>The first day the text gives for the happening; null when the text does not date it.</summary>
    public DateOnly? DateStart { get; set; }

    public DateOnly? DateEnd { get; set; }

    /// <summary>day, month, part, year, decade, century, or undated.</summary>
    public required string Precision { get; set; }

    /// <summary>The date phrase as written where <see cref="DateFrom"/> says it was found ("" when undated).</summary>
    public required string DateText { get; set; }

    /// <summary>Where the date was found: sentence, relative, paragraph, label, heading, framing, or none.</summary>
    public string DateFrom { get; set; } = "sentence";

    /// <summary>The claim is reported as of the date ("As of June 2023, …"), not said to happen on it.</summary>
    public bool AsOf { get; set; }

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

    /// <summary>
    /// actor, counterpart, host, mediator, signatory or polled (the party took part), or mentioned (only named):
    /// <see cref="Extraction.PartyRole"/> in lower case.
    /// </summary>
    public required string Role { get; set; }
}
