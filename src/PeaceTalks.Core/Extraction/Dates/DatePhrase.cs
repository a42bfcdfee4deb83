namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>A date phrase found in a text.</summary>
/// <param name="Start">Index of the first character of the phrase in the scanned text.</param>
/// <param name="Length">Length of the phrase in characters.</param>
/// <param name="Text">The phrase as written: <c>text.Substring(Start, Length)</c>.</param>
/// <param name="DateStart">The first day the phrase covers.</param>
/// <param name="DateEnd">The last day of a period (ranges, parts); null for a single day, month or year.</param>
/// <param name="Precision">How much of the date the phrase pins down.</param>
/// <param name="YearInferred">True when the year came from the <see cref="DateContext"/> rather than the text.</param>
public sealed record DatePhrase(
    int Start,
    int Length,
    string Text,
    DateOnly DateStart,
    DateOnly? DateEnd,
    DatePrecision Precision,
    bool YearInferred);
