using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;
using PeaceTalks.Web.Pages.Events;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Pages.Parties;

public sealed record PositionRow(string Topic, string TopicSlug, string Stance, string? Date, int EventlessPassage, string Document);

public sealed record ProposalLink(string Name, string Slug, string? Date, int Points);

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    public Party Party { get; private set; } = null!;

    public IReadOnlyList<EventLink> Events { get; private set; } = [];

    /// <summary>How many of <see cref="Events"/> are undated (listed last).</summary>
    public int Undated { get; private set; }

    public IReadOnlyList<PositionRow> Positions { get; private set; } = [];

    public IReadOnlyList<ProposalLink> Proposals { get; private set; } = [];

    public IReadOnlyList<PersonChip> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (party is null)
        {
            return NotFound();
        }

        Party = party;
        // The dated events in time, then the undated ones (labelled so) in the order they were imported: a null date sorts
        // first on SQLite and last on PostgreSQL, so the order says which comes first.
        var events = await db.Events.AsNoTracking().Where(e => e.Parties.Any(p => p.PartyId == party.Id && p.Role != PartyChip.Mentioned))
            .OrderBy(e => e.DateStart == null).ThenBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf })
            .ToListAsync(cancellationToken);
        Events = events.Select(e => new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf))).ToList();
        Undated = events.Count(e => e.DateStart is null);
        Positions = await db.Positions.AsNoTracking().Where(p => p.PartyId == party.Id)
            .OrderBy(p => p.Topic!.Name).ThenBy(p => p.DateStart)
            .Select(p => new PositionRow(p.Topic!.Name, p.Topic.Slug, p.Stance, p.DateStart == null ? null : EventDates.Iso(p.DateStart.Value), p.Passage!.Order, p.Document!.FileName))
            .ToListAsync(cancellationToken);
        Proposals = await db.Proposals.AsNoTracking().Where(p => p.Proposers.Any(x => x.Id == party.Id))
            .OrderBy(p => p.DateStart)
            .Select(p => new ProposalLink(p.Name, p.Slug, p.DateStart == null ? null : EventDates.Iso(p.DateStart.Value), p.Points.Count))
            .ToListAsync(cancellationToken);
        People = await db.People.AsNoTracking().Where(p => p.PartyId == party.Id && p.Events.Any())
            .OrderBy(p => p.Name)
            .Select(p => new PersonChip(p.Name, party.Name, p.Role))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
