using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Storage;

public sealed record ImportSummary(
    int Documents,
    int Unchanged,
    int Sections,
    int Passages,
    int Events,
    int Parties,
    int Proposals,
    int Positions,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Pairs of events of two documents found to tell the same happening (<see cref="AccountLinker"/>).</summary>
    public int Links { get; init; }

    public override string ToString() =>
        $"{Documents} document(s) imported, {Unchanged} unchanged; {Sections} sections, {Passages} passages, {Events} events, " +
        $"{Proposals} proposals, {Positions} positions; {Parties} parties known; {Links} pair(s) of events telling one happening; {Warnings.Count} warning(s)";
}
