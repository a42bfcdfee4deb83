using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;
using PeaceTalks.Web.Pages.Disagreements;
using PeaceTalks.Web.Pages.Events;

namespace PeaceTalks.Web.Pages.Rounds;

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    public Round Round { get; private set; } = null!;

    public IReadOnlyList<EventLink> Events { get; private set; } = [];

    /// <summary>The round's events that another source tells with a different count, each with its entry on /disagreements.</summary>
    public IReadOnlyDictionary<int, string> Disagreeing { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        Round = round;
        // Dated first, then undated, on either store (a null date sorts first on SQLite, last on PostgreSQL).
        var events = await db.Events.AsNoTracking().Where(e => e.RoundId == round.Id).OrderBy(e => e.DateStart == null).ThenBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf })
            .ToListAsync(cancellationToken);
        Events = events.Select(e => new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf))).ToList();
        Disagreeing = await SourceDisagreements.AnchorsAsync(db, events.Select(e => e.Id).ToList(), cancellationToken);
        return Page();
    }
}
