using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Pages.Parties;

public sealed record PartyRow(string Name, string Slug, string Kind, int Events);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<PartyRow> Parties { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parties = await PartyQueries.WithEventsAsync(db, cancellationToken);
}

public static class PartyQueries
{
    /// <summary>Parties that take part in at least one event (not only named in it), most active first (also <c>/api/parties</c>).</summary>
    public static Task<List<PartyRow>> WithEventsAsync(PeaceTalksDbContext db, CancellationToken cancellationToken) =>
        db.Parties.AsNoTracking()
            .Select(p => new { p.Name, p.Slug, p.Kind, Events = db.EventParties.Count(e => e.PartyId == p.Id && e.Role != PartyChip.Mentioned) })
            .Where(p => p.Events > 0)
            .OrderByDescending(p => p.Events).ThenBy(p => p.Name)
            .Select(p => new PartyRow(p.Name, p.Slug, p.Kind, p.Events))
            .ToListAsync(cancellationToken);
}
