using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;

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

/// <summary>How a party takes part in an event.</summary>
public enum PartyRole
{
    Participant,
    Mediator,
    Host,
    Speaker,
}

/// <summary>A span of the source: the clean text shown and the raw characters it came from.</summary>
public sealed record SourceSpan(int PassageIndex, int CleanStart, int CleanLength, int RawStart, int RawEnd);

public sealed record PartyInEvent(string Party, PartyRole Role);

public sealed record ExtractedEvent(
    SourceSpan Span,
    DateOnly DateStart,
    DateOnly? DateEnd,
    DatePrecision Precision,
    string DateText,
    string Title,
    string Summary,
    EventKind Kind,
    int? RoundIndex,
    IReadOnlyList<PartyInEvent> Parties,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Topics,
    bool DatedInText = true);

public sealed record ExtractedRound(int Index, string Name, DateOnly? DateStart, DateOnly? DateEnd, string? Place, string Format, int? SectionIndex);

public sealed record ExtractedPosition(string Party, string Topic, string Stance, DateOnly? DateStart, SourceSpan Span);

public sealed record ExtractedPoint(int Order, string Text, SourceSpan Span, IReadOnlyList<string> Topics);

public sealed record ExtractedProposal(string Name, string? Proposer, DateOnly? DateStart, SourceSpan Span, IReadOnlyList<ExtractedPoint> Points);

public sealed record ExtractionResult(
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedRound> Rounds,
    IReadOnlyList<ExtractedPosition> Positions,
    IReadOnlyList<ExtractedProposal> Proposals,
    IReadOnlyList<ImportWarning> Warnings);
