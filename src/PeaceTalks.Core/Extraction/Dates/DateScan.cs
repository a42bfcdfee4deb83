namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>The date phrases of a text, and the date-like phrases that are not dates, both in text order.</summary>
public sealed record DateScan(IReadOnlyList<DatePhrase> Phrases, IReadOnlyList<DateProblem> Problems);
