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

    /// <summary>Events of re-imported documents whose words stayed, and with them their ids, unchanged or <see cref="EventsChanged"/>.</summary>
    public int EventsKept { get; init; }

    public int EventsChanged { get; init; }

    /// <summary>Events of re-imported documents whose words are gone.</summary>
    public int EventsRemoved { get; init; }

    public override string ToString() =>
        $"{Documents} document(s) imported, {Unchanged} unchanged; {Sections} sections, {Passages} passages, {Events} events, " +
        $"{Proposals} proposals, {Positions} positions; {Parties} parties known; {Links} pair(s) of events telling one happening; " +
        (EventsKept + EventsChanged + EventsRemoved > 0 ? $"of the re-imported documents' events {EventsKept} kept, {EventsChanged} changed, {EventsRemoved} removed; " : "") +
        $"{Warnings.Count} warning(s)";
}
