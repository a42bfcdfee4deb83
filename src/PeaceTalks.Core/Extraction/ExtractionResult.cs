using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction;

public enum EventKind
{
    Round,
    Meeting,
    Summit,
    Statement,
    Proposal,
    Agreement,
    Poll,
    Military,
    Other,
}

/// <summary>How a party takes part in an event (<c>Events/PartyRoles.cs</c>); every role but <see cref="Mentioned"/> takes part.</summary>
public enum PartyRole
{
    /// <summary>Does or says the thing: the subject of the main clause, or the party of the person who is.</summary>
    Actor,

    /// <summary>The other side: who is met, called, invaded, negotiated or signed with, answered, told.</summary>
    Counterpart,

    Host,

    Mediator,

    Signatory,

    /// <summary>The country or people a poll asked.</summary>
    Polled,

    /// <summary>Only named: in what someone says, in a subordinate clause, or in passing.</summary>
    Mentioned,
}

public sealed record PartyInEvent(string Party, PartyRole Role);

/// <summary>Where an event's date was found.</summary>
public enum DateSource
{
    /// <summary>The event's own sentence says when ("On 3 March, …").</summary>
    Sentence,

    /// <summary>Counted from the happening before ("The next day, …").</summary>
    Relative,

    /// <summary>An earlier sentence of the same paragraph set the time.</summary>
    Paragraph,

    /// <summary>The dated label of its list item ("**1863**: …").</summary>
    Label,

    /// <summary>A dated heading above it ("May 2022").</summary>
    Heading,

    /// <summary>An "As of …" frame: the claim is reported as of that date.</summary>
    Framing,

    /// <summary>The text gives no date: the event is undated.</summary>
    None,
}

/// <summary>
/// A happening told by the document. <see cref="DateStart"/> is null when the text does not date it;
/// <see cref="DateText"/> is the date phrase as written where <see cref="DateFrom"/> says it was found.
/// </summary>
public sealed record ExtractedEvent(
    SourceSpan Span,
    DateOnly? DateStart,
    DateOnly? DateEnd,
    DatePrecision? Precision,
    string DateText,
    DateSource DateFrom,
    bool AsOf,
    string Title,
    string Summary,
    EventKind Kind,
    int? RoundIndex,
    IReadOnlyList<PartyInEvent> Parties,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Topics)
{
    /// <summary>The same happening told again elsewhere in the document (the lead and its own section): one event, every telling.</summary>
    public IReadOnlyList<Retelling> Retellings { get; init; } = [];

    /// <summary>Dated by words of its own sentence (or counted from the one before), not by its context.</summary>
    public bool DatedInText => DateFrom is DateSource.Sentence or DateSource.Relative;
}

/// <summary>Another place the document tells the same happening: its span and its first sentence.</summary>
public sealed record Retelling(SourceSpan Span, string Summary);

/// <summary>A round of talks; <see cref="Place"/> and <see cref="Format"/> are null where the text does not say them.</summary>
public sealed record ExtractedRound(int Index, string Name, DateOnly? DateStart, DateOnly? DateEnd, DatePrecision? Precision, string? Place, string? Format, int? SectionIndex);

public sealed record ExtractedPosition(string Party, string Topic, string Stance, DateOnly? DateStart, SourceSpan Span);

public sealed record ExtractedPoint(int Order, string Text, SourceSpan Span, IReadOnlyList<string> Topics);

/// <summary>
/// A named plan, demand, offer or proposal: everyone who put it forward (parties, or a person with none),
/// its date as its first dated mention gives it, its points as the text enumerates them; <see cref="Mentions"/>
/// are every sentence that tells of it, <see cref="Span"/> the one whose points are kept.
/// </summary>
public sealed record ExtractedProposal(string Name, IReadOnlyList<string> Proposers, DateOnly? DateStart, DatePrecision? Precision, SourceSpan Span, IReadOnlyList<ExtractedPoint> Points)
{
    public IReadOnlyList<SourceSpan> Mentions { get; init; } = [];
}

public sealed record ExtractionResult(
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedRound> Rounds,
    IReadOnlyList<ExtractedPosition> Positions,
    IReadOnlyList<ExtractedProposal> Proposals,
    IReadOnlyList<ImportWarning> Warnings);
