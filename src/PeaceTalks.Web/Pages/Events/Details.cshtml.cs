using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Storage.Entities;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Pages.Events;

public sealed record EventLink(int Id, string Title, string Date)
{
    /// <summary>The first event of <paramref name="query"/> as a link: its id, title and date as a reader sees it.</summary>
    public static async Task<EventLink?> FirstAsync(IQueryable<Event> query, CancellationToken cancellationToken)
    {
        var e = await query.Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText }).FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText));
    }
}

public sealed record PersonChip(string Name, string? Party, string Role);

/// <summary>
/// The same happening as another source tells it (stored at import: <see cref="Core.Storage.Entities.EventAccount"/>), the
/// names the two share, and the figures on which they differ.
/// </summary>
public sealed record OtherAccount(
    int Id, string Sentences, string Document, string DocumentTitle, int PassageOrder, string Date, string SharedNames, IReadOnlyList<FigureDifference> Differences);

public sealed record EventView(
    int Id,
    string Title,
    string Summary,
    string Kind,
    string Display,
    string DateText,
    DateOnly? DateStart,
    string? DateOrigin,
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
    string? PassageLabel,
    string PassageText,
    int HighlightStart,
    int HighlightLength,
    int SourceStart,
    int SourceEnd,
    string Quote);

/// <summary>
/// An event a re-import removed (its words are no longer in its document): when, what it said, and the surviving event
/// told nearest to it, or, when none of its document's events survived, its document.
/// </summary>
public sealed record RemovedEvent(int Id, string Title, string? Quote, string Document, int ImportRun, DateTimeOffset RemovedAt, EventLink? Nearest, bool DocumentExists);

public class DetailsModel(PeaceTalksDbContext db, IConfiguration configuration) : PageModel
{
    /// <summary>The live page at the event's words (<see cref="TextFragment"/>), when its document's address is known.</summary>
    public string? LiveLink { get; private set; }

    /// <summary>Set, with the answer 410, when the event asked for was removed by a re-import.</summary>
    public RemovedEvent? Removed { get; private set; }

    public EventView Event { get; private set; } = null!;

    public EventLink? Previous { get; private set; }

    public EventLink? Next { get; private set; }

    public EventLink? PreviousInRound { get; private set; }

    public EventLink? NextInRound { get; private set; }

    public IReadOnlyList<EventLink> Related { get; private set; } = [];

    public IReadOnlyList<OtherAccount> OtherAccounts { get; private set; } = [];

    /// <summary>How many other accounts are stored beyond those listed (<see cref="AccountsShown"/>).</summary>
    public int MoreAccounts { get; private set; }

    /// <summary>Other accounts listed on the page, those sharing the most names (and any that differ on a figure) first.</summary>
    public const int AccountsShown = 20;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Summary,
                e.Kind,
                e.DateStart,
                e.DateEnd,
                e.Precision,
                e.DateText,
                e.DateFrom,
                e.AsOf,
                Parties = e.Parties.OrderBy(p => p.Party!.Name).Select(p => new PartyChip(p.Party!.Name, p.Party.Slug, p.Role)).ToList(),
                People = e.People.OrderBy(p => p.Name).Select(p => new PersonChip(p.Name, p.Party == null ? null : p.Party.Name, p.Role)).ToList(),
                Topics = e.Topics.OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToList(),
                Round = e.Round == null ? null : e.Round.Name,
                RoundSlug = e.Round == null ? null : e.Round.Slug,
                e.RoundId,
                Document = e.Document!.FileName,
                DocumentTitle = e.Document.Title,
                DocumentUrl = e.Document.Url,
                DocumentFormat = e.Document.Format,
                PassageOrder = e.Passage!.Order,
                Section = e.Passage.Section == null ? "" : e.Passage.Section.Path,
                PassageLabel = e.Passage.Label,
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
            Removed = await RemovedEvents.FindAsync(db, id, cancellationToken);
            if (Removed is null)
            {
                return NotFound();
            }

            // Gone, not never there: a link shared before the re-import says what became of it.
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var origin = EventDates.Origin(found.DateFrom, found.DateText, HeadingWith(found.Section, found.DateText), found.PassageLabel);
        Event = new EventView(found.Id, found.Title, found.Summary, found.Kind, EventDates.Display(found.DateStart, found.DateEnd, found.Precision, found.DateText, found.AsOf),
            found.DateText, found.DateStart, origin, found.Parties, found.People, found.Topics.Select(t => (t.Slug, t.Name)).ToList(), found.Round, found.RoundSlug, found.RoundId,
            found.Document, found.DocumentTitle, found.PassageOrder, found.Section, found.PassageLabel, found.PassageText, found.PassageStart, found.PassageLength,
            found.SourceStart, found.SourceEnd, found.Quote);
        (OtherAccounts, MoreAccounts) = await OtherAccountsAsync(found.Id, cancellationToken);
        if (LivePage(found.DocumentUrl, found.DocumentFormat) is { } live)
        {
            // The clean sentences, as the live page shows them: the raw quote of a Q&A page is YAML, with "\n" for its breaks.
            LiveLink = TextFragment.Link(live, found.PassageText.Substring(found.PassageStart, found.PassageLength));
        }

        if (found.DateStart is not { } date)
        {
            // An undated statement has no place in time: no events before or after it, none near it.
            return Page();
        }

        var ordered = db.Events.AsNoTracking().Where(e => e.DateStart != null);
        Previous = await EventLink.FirstAsync(ordered.Where(e => e.DateStart < found.DateStart || (e.DateStart == found.DateStart && e.Id < found.Id))
            .OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id), cancellationToken);
        Next = await EventLink.FirstAsync(ordered.Where(e => e.DateStart > found.DateStart || (e.DateStart == found.DateStart && e.Id > found.Id))
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id), cancellationToken);
        if (found.RoundId is { } round)
        {
            var inRound = ordered.Where(e => e.RoundId == round);
            PreviousInRound = await EventLink.FirstAsync(inRound.Where(e => e.DateStart < found.DateStart || (e.DateStart == found.DateStart && e.Id < found.Id))
                .OrderByDescending(e => e.DateStart).ThenByDescending(e => e.Id), cancellationToken);
            NextInRound = await EventLink.FirstAsync(inRound.Where(e => e.DateStart > found.DateStart || (e.DateStart == found.DateStart && e.Id > found.Id))
                .OrderBy(e => e.DateStart).ThenBy(e => e.Id), cancellationToken);
        }

        // Related: other events within 30 days that share a party besides the two sides every event names.
        var parties = found.Parties.Where(p => p.TookPart).Select(p => p.Name).Where(p => !Gazetteer.Default.Sides.Contains(p)).ToList();
        if (parties.Count == 0)
        {
            parties = found.Parties.Where(p => p.TookPart).Select(p => p.Name).ToList();
        }

        var from = date.AddDays(-30);
        var to = date.AddDays(30);
        var related = await ordered
            .Where(e => e.Id != found.Id && e.DateStart >= from && e.DateStart <= to && e.Parties.Any(p => p.Role != PartyChip.Mentioned && parties.Contains(p.Party!.Name)))
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Take(12)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText })
            .ToListAsync(cancellationToken);
        Related = related.Select(e => new EventLink(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText))).ToList();
        return Page();
    }

    /// <summary>
    /// The document's page on the web: its address when absolute, or, as a Q&amp;A page gives it ("/learn/…"), its path on
    /// the site that format comes from (LiveSources:{format} in the configuration); none for a document without one.
    /// </summary>
    private Uri? LivePage(string? url, string format)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        return url.StartsWith('/') && Uri.TryCreate(configuration[$"LiveSources:{format}"], UriKind.Absolute, out var site) && site.Scheme is "https" or "http"
            ? new Uri(site, url)
            : null;
    }

    /// <summary>The heading of the event's section path that holds its date as written ("March 2022"), nearest first.</summary>
    private static string? HeadingWith(string path, string written) =>
        written.Length == 0 ? null : path.Split(" > ").LastOrDefault(h => h.Contains(written, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Events of other documents that tell the same happening, as the import found them (<see cref="AccountLinker"/>): those
    /// whose figures differ first, then those sharing the most names, then in time.
    /// </summary>
    private async Task<(IReadOnlyList<OtherAccount> Shown, int More)> OtherAccountsAsync(int id, CancellationToken cancellationToken)
    {
        var stored = await db.EventAccounts.AsNoTracking().Where(a => a.EventId == id)
            .Select(a => new
            {
                a.OtherEventId,
                a.SharedNames,
                a.Differences,
                a.OtherEvent!.Passage!.Text,
                a.OtherEvent.PassageStart,
                a.OtherEvent.PassageLength,
                PassageOrder = a.OtherEvent.Passage.Order,
                a.OtherEvent.Document!.FileName,
                a.OtherEvent.Document.Title,
                a.OtherEvent.DateStart,
                a.OtherEvent.DateEnd,
                a.OtherEvent.Precision,
                a.OtherEvent.DateText,
                a.OtherEvent.AsOf,
            })
            .ToListAsync(cancellationToken);
        var shown = stored
            .OrderByDescending(a => a.Differences.Count > 0)
            .ThenByDescending(a => a.SharedNames.Split(", ").Length)
            .ThenBy(a => a.DateStart is null).ThenBy(a => a.DateStart).ThenBy(a => a.OtherEventId)
            .Take(AccountsShown)
            .Select(a => new OtherAccount(a.OtherEventId, a.Text.Substring(a.PassageStart, a.PassageLength), a.FileName, a.Title, a.PassageOrder,
                EventDates.Display(a.DateStart, a.DateEnd, a.Precision, a.DateText, a.AsOf), a.SharedNames, a.Differences))
            .ToList();
        return (shown, stored.Count - shown.Count);
    }
}
