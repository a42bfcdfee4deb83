using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Comparison;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Pages.Events;

public sealed record EventLink(int Id, string Title, string Date);

public sealed record PersonChip(string Name, string? Party, string Role);

/// <summary>The same happening as another source tells it, and the figures on which the two differ.</summary>
public sealed record OtherAccount(int Id, string Sentences, string Document, string DocumentTitle, int PassageOrder, IReadOnlyList<Disagreement> Differences);

public sealed record EventView(
    int Id,
    string Title,
    string Summary,
    string Kind,
    string Display,
    string DateText,
    DateOnly DateStart,
    IReadOnlyList<PartyChip> Parties,
    IReadOnlyList<PersonChip> People,
    IReadOnlyList<(string Slug, string Name)> Topics,
    string? Round,
    string? RoundSlug,
    int? RoundId,
    string Document,
    string DocumentTitle,
    int PassageOrder,
    string Section,
    string PassageText,
    int HighlightStart,
    int HighlightLength,
    int SourceStart,
    int SourceEnd,
    string Quote);

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    public EventView Event { get; private set; } = null!;

    public EventLink? Previous { get; private set; }

    public EventLink? Next { get; private set; }

    public EventLink? PreviousInRound { get; private set; }

    public EventLink? NextInRound { get; private set; }

    public IReadOnlyList<EventLink> Related { get; private set; } = [];

    public IReadOnlyList<OtherAccount> OtherAccounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id,
                e.DocumentId,
                e.Title,
                e.Summary,
                e.Kind,
                e.DateStart,
                e.DateEnd,
                e.Precision,
                e.DateText,
                Parties = e.Parties.OrderBy(p => p.Party!.Name).Select(p => new PartyChip(p.Party!.Name, p.Party.Slug, p.Role)).ToList(),
                People = e.People.OrderBy(p => p.Name).Select(p => new PersonChip(p.Name, p.Party == null ? null : p.Party.Name, p.Role)).ToList(),
                Topics = e.Topics.OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToList(),
                Round = e.Round == null ? null : e.Round.Name,
                RoundSlug = e.Round == null ? null : e.Round.Slug,
                e.RoundId,
                Document = e.Document!.FileName,
                DocumentTitle = e.Document.Title,
                PassageOrder = e.Passage!.Order,
                Section = e.Passage.Section == null ? "" : e.Passage.Section.Path,
                PassageText = e.Passage.Text,
                e.PassageStart,
                e.PassageLength,
                e.SourceStart,
                e.SourceEnd,
                e.Quote,
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Event = new EventView(found.Id, found.Title, found.Summary, found.Kind, EventDates.Display(found.DateStart, found.DateEnd, found.Precision, found.DateText),
            found.DateText, found.DateStart, found.Parties, found.People, found.Topics.Select(t => (t.Slug, t.Name)).ToList(), found.Round, found.RoundSlug, found.RoundId,
            found.Document, found.DocumentTitle, found.PassageOrder, found.Section, found.PassageText, found.PassageStart, found.PassageLength,
            found.SourceStart, found.SourceEnd, found.Quote);

        var ordered = db.Events.AsNoTracking();
        Previous = await Link(ordered.Where(e => e.DateStart < found.DateStart || (e.DateStart == found.DateStart && e.Id < found.Id))
            .OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id), cancellationToken);
        Next = await Link(ordered.Where(e => e.DateStart > found.DateStart || (e.DateStart == found.DateStart && e.Id > found.Id))
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id), cancellationToken);
        if (found.RoundId is { } round)
        {
            var inRound = ordered.Where(e => e.RoundId == round);
            PreviousInRound = await Link(inRound.Where(e => e.DateStart < found.DateStart || (e.DateStart == found.DateStart && e.Id < found.Id))
                .OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id), cancellationToken);
            NextInRound = await Link(inRound.Where(e => e.DateStart > found.DateStart || (e.DateStart == found.DateStart && e.Id > found.Id))
                .OrderBy(e => e.DateStart).ThenBy(e => e.Id), cancellationToken);
        }

        // Related: other events within 30 days that share a party besides the two sides every event names.
        var parties = found.Parties.Select(p => p.Name).Where(p => p is not ("Russia" or "Ukraine")).ToList();
        if (parties.Count == 0)
        {
            parties = found.Parties.Select(p => p.Name).ToList();
        }

        var from = found.DateStart.AddDays(-30);
        var to = found.DateStart.AddDays(30);
        var related = await ordered
            .Where(e => e.Id != found.Id && e.DateStart >= from && e.DateStart <= to && e.Parties.Any(p => parties.Contains(p.Party!.Name)))
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Take(12)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText })
            .ToListAsync(cancellationToken);
        Related = related.Select(e => new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText))).ToList();
        OtherAccounts = await OtherAccountsAsync(found.Id, found.DocumentId, found.DateStart, Event.PassageText.Substring(Event.HighlightStart, Event.HighlightLength), cancellationToken);
        return Page();
    }

    /// <summary>Events of other documents within two months that tell the same happening (they share a distinctive name).</summary>
    private async Task<IReadOnlyList<OtherAccount>> OtherAccountsAsync(int id, int documentId, DateOnly date, string sentences, CancellationToken cancellationToken)
    {
        var from = date.AddDays(-62);
        var to = date.AddDays(62);
        var candidates = await db.Events.AsNoTracking()
            .Where(e => e.Id != id && e.DocumentId != documentId && e.DateStart >= from && e.DateStart <= to)
            .Select(e => new { e.Id, e.Passage!.Text, e.PassageStart, e.PassageLength, e.Document!.FileName, e.Document.Title, PassageOrder = e.Passage.Order })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => new { c, Sentences = c.Text.Substring(c.PassageStart, c.PassageLength) })
            .Where(x => Accounts.TellTheSameHappening(sentences, x.Sentences))
            .Select(x => new OtherAccount(x.c.Id, x.Sentences, x.c.FileName, x.c.Title, x.c.PassageOrder, Accounts.Differences(sentences, x.Sentences)))
            .ToList();
    }

    private static async Task<EventLink?> Link(IQueryable<Core.Storage.Entities.Event> query, CancellationToken cancellationToken)
    {
        var e = await query.Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText }).FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText));
    }
}
