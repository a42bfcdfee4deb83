namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>Something that looks like a date but cannot be turned into one.</summary>
/// <param name="Start">Index of the first character of the phrase in the scanned text.</param>
/// <param name="Length">Length of the phrase in characters.</param>
/// <param name="Text">The phrase as written: <c>text.Substring(Start, Length)</c>.</param>
/// <param name="Reason">Why the phrase is not a date, in plain words.</param>
public sealed record DateProblem(int Start, int Length, string Text, string Reason);
