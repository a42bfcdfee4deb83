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

    /// <summary>Events listed on one page, as on the timeline.</summary>
    public const int PageSize = 100;

    /// <summary>This page's events.</summary>
    public IReadOnlyList<EventLink> Events { get; private set; } = [];

    /// <summary>All the party's events, on every page.</summary>
    public int Total { get; private set; }

    /// <summary>How many of the party's events are undated (listed last).</summary>
    public int Undated { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<PositionRow> Positions { get; private set; } = [];

    public IReadOnlyList<ProposalLink> Proposals { get; private set; } = [];

    public IReadOnlyList<PersonChip> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        var party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (party is null)
        {
            return NotFound();
        }

        Party = party;
        // The dated events in time, then the undated ones (labelled so) in the order they were imported: a null date sorts
        // first on SQLite and last on PostgreSQL, so the order says which comes first. Paged as the timeline is: a party
        // of a large corpus has thousands of events (5,146 made one page of 760 KB).
        var selected = db.Events.AsNoTracking().Where(e => e.Parties.Any(p => p.PartyId == party.Id && p.Role != PartyChip.Mentioned));
        Total = await selected.CountAsync(cancellationToken);
        Undated = await selected.CountAsync(e => e.DateStart == null, cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = int.TryParse(page, out var asked) ? Math.Clamp(asked, 1, PageCount) : 1;
        var events = await selected
            .OrderBy(e => e.DateStart == null).ThenBy(e => e.DateStart).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf })
            .ToListAsync(cancellationToken);
        Events = events.Select(e => new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf))).ToList();
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
