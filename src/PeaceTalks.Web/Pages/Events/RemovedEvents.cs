using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Web.Pages.Events;

/// <summary>
/// What became of an event id that is no longer stored: the event page and the API both answer 410 Gone for an event a
/// re-import removed, and point to the surviving event told nearest to it.
/// </summary>
public static class RemovedEvents
{
    /// <summary>
    /// The event's removal, if a re-import removed it. Its nearest survivor may have been removed by a later import in turn:
    /// then that one's nearest is followed, as far as a few removals.
    /// </summary>
    public static async Task<RemovedEvent?> FindAsync(PeaceTalksDbContext db, int id, CancellationToken cancellationToken)
    {
        var removal = await Removal(db, id).FirstOrDefaultAsync(cancellationToken);
        if (removal is null)
        {
            return null;
        }

        EventLink? nearest = null;
        var next = removal.NearestEventId;
        for (var hops = 0; next is { } candidate && nearest is null && hops < 10; hops++)
        {
            nearest = await EventLink.FirstAsync(db.Events.AsNoTracking().Where(e => e.Id == candidate), cancellationToken);
            next = nearest is null ? (await Removal(db, candidate).FirstOrDefaultAsync(cancellationToken))?.NearestEventId : null;
        }

        var documentExists = await db.Documents.AnyAsync(d => d.FileName == removal.FileName, cancellationToken);
        return new RemovedEvent(id, removal.Title, removal.Detail, removal.FileName, removal.ImportRunId, removal.ImportRun!.FinishedAt, nearest, documentExists);
    }

    private static IQueryable<EventChange> Removal(PeaceTalksDbContext db, int id) =>
        db.EventChanges.AsNoTracking().Include(c => c.ImportRun).Where(c => c.EventId == id && c.Change == "removed").OrderByDescending(c => c.ImportRunId);
}
