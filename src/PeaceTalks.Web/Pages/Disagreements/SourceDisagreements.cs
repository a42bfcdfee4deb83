using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Web.Pages.Disagreements;

/// <summary>One source's account in a disagreement: its event, its words and where they stand.</summary>
public sealed record DisagreeingAccount(int EventId, string Title, string Date, string Sentences, string Document, string DocumentTitle, int PassageOrder);

/// <summary>Two accounts of one happening (<see cref="EventAccount"/>) whose counts differ, with the figures each gives.</summary>
public sealed record Disagreement(string Anchor, DateOnly? DateStart, DisagreeingAccount First, DisagreeingAccount Second, IReadOnlyList<FigureDifference> Differences);

/// <summary>
/// The stored accounts that disagree. <see cref="EventAccount"/> is stored both ways, each row reading the figures from its
/// own side: a pair is taken once, from the row of its lower event id.
/// </summary>
public static class SourceDisagreements
{
    /// <summary>The fragment of /disagreements that lists the pair of these two events.</summary>
    public static string Anchor(int one, int other) => $"d-{Math.Min(one, other)}-{Math.Max(one, other)}";

    /// <summary>Every disagreement, the earliest happening first, the undated after the dated.</summary>
    public static async Task<IReadOnlyList<Disagreement>> AllAsync(PeaceTalksDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.EventAccounts.AsNoTracking()
            .Where(a => a.EventId < a.OtherEventId && a.Differences.Count > 0)
            .Select(a => new
            {
                a.Differences,
                First = new StoredAccount(a.Event!.Id, a.Event.Title, a.Event.DateStart, a.Event.DateEnd, a.Event.Precision, a.Event.DateText, a.Event.AsOf,
                    a.Event.Passage!.Text, a.Event.PassageStart, a.Event.PassageLength, a.Event.Passage.Order, a.Event.Document!.FileName, a.Event.Document.Title),
                Second = new StoredAccount(a.OtherEvent!.Id, a.OtherEvent.Title, a.OtherEvent.DateStart, a.OtherEvent.DateEnd, a.OtherEvent.Precision, a.OtherEvent.DateText, a.OtherEvent.AsOf,
                    a.OtherEvent.Passage!.Text, a.OtherEvent.PassageStart, a.OtherEvent.PassageLength, a.OtherEvent.Passage.Order, a.OtherEvent.Document!.FileName, a.OtherEvent.Document.Title),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new Disagreement(Anchor(r.First.Id, r.Second.Id), Earliest(r.First.DateStart, r.Second.DateStart), View(r.First), View(r.Second), r.Differences))
            .OrderBy(d => d.DateStart is null).ThenBy(d => d.DateStart).ThenBy(d => d.Anchor, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>For each of these events that another source disagrees with, the anchor of its first disagreement.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> AnchorsAsync(PeaceTalksDbContext db, IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken)
    {
        var pairs = await db.EventAccounts.AsNoTracking()
            .Where(a => eventIds.Contains(a.EventId) && a.Differences.Count > 0)
            .Select(a => new { a.EventId, a.OtherEventId })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.EventId).ToDictionary(g => g.Key, g => Anchor(g.Key, g.Min(p => p.OtherEventId)));
    }

    private sealed record StoredAccount(
        int Id, string Title, DateOnly? DateStart, DateOnly? DateEnd, string Precision, string DateText, bool AsOf,
        string PassageText, int PassageStart, int PassageLength, int PassageOrder, string Document, string DocumentTitle);

    private static DisagreeingAccount View(StoredAccount a) => new(
        a.Id, a.Title, EventDates.Display(a.DateStart, a.DateEnd, a.Precision, a.DateText, a.AsOf),
        a.PassageText.Substring(a.PassageStart, a.PassageLength), a.Document, a.DocumentTitle, a.PassageOrder);

    private static DateOnly? Earliest(DateOnly? one, DateOnly? other) =>
        one is { } a && other is { } b ? (a < b ? a : b) : one ?? other;
}
