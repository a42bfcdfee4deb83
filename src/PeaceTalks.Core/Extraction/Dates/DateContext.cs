namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>The year a bare "On 3 March" inherits, from the heading or the sentences before it.</summary>
/// <param name="Year">The inherited year, or null when neither the heading nor the text before gives one.</param>
public sealed record DateContext(int? Year);
