namespace PeaceTalks.Core.Storage.Entities;

/// <summary>
/// Another document's telling of the same happening (<see cref="Extraction.Comparison.Accounts"/>), found when either
/// document was imported. Stored both ways: each of the two events has a row naming the other, its
/// <see cref="Differences"/> read from its own side (<see cref="FigureDifference.Figure"/> is this event's figure).
/// </summary>
public class EventAccount
{
    public int EventId { get; set; }

    public Event? Event { get; set; }

    public int OtherEventId { get; set; }

    public Event? OtherEvent { get; set; }

    /// <summary>The distinctive names both accounts use ("Malta"), joined with ", ": why they are taken to tell one happening.</summary>
    public required string SharedNames { get; set; }

    /// <summary>The counts on which the two accounts disagree ("around 50 countries" against "65 nations"); most links have none.</summary>
    public List<FigureDifference> Differences { get; set; } = [];
}

/// <summary>A count this account gives and the other account's count of the same kind of thing.</summary>
public class FigureDifference
{
    /// <summary>What is counted: "countries" (nations and states are counted alike), "delegation", "leader".</summary>
    public required string Kind { get; set; }

    public int Value { get; set; }

    /// <summary>This account's words: "around 50 countries".</summary>
    public required string Figure { get; set; }

    public int OtherValue { get; set; }

    /// <summary>The other account's words: "65 nations".</summary>
    public required string OtherFigure { get; set; }
}
