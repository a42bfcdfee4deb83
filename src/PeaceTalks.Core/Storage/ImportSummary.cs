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
    public override string ToString() =>
        $"{Documents} document(s) imported, {Unchanged} unchanged; {Sections} sections, {Passages} passages, {Events} events, " +
        $"{Proposals} proposals, {Positions} positions; {Parties} parties known; {Warnings.Count} warning(s)";
}
