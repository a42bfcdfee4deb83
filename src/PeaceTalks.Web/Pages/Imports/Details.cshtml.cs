using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Imports;

public sealed record RunDocument(string FileName, string Origin, string Outcome, string? ReplacedOrigin, bool Exists);

/// <summary>One event an import added, removed or changed; <see cref="Exists"/> is false when a later import removed it.</summary>
public sealed record RunChange(int EventId, string Change, string FileName, int PassageOrder, string Title, string? Detail, int? NearestEventId, bool Exists);

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    /// <summary>Changes listed per page: a re-import of a large document can change thousands of events.</summary>
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public string Summary { get; private set; } = "";

    public int Added { get; private set; }

    public int Removed { get; private set; }

    public int Changed { get; private set; }

    public int Kept { get; private set; }

    public IReadOnlyList<RunDocument> Documents { get; private set; } = [];

    /// <summary>This page of the run's changes: removed, changed, then added; in document and passage order within each.</summary>
    public IReadOnlyList<RunChange> Changes { get; private set; } = [];

    public int ChangeCount { get; private set; }

    public int PageCount => Math.Max(1, (ChangeCount + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.StartedAt, r.FinishedAt, r.Summary, r.EventsAdded, r.EventsRemoved, r.EventsChanged, r.EventsKept })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return NotFound();
        }

        (Id, StartedAt, FinishedAt, Summary) = (run.Id, run.StartedAt, run.FinishedAt, run.Summary);
        (Added, Removed, Changed, Kept) = (run.EventsAdded, run.EventsRemoved, run.EventsChanged, run.EventsKept);
        Documents = await db.ImportRunDocuments.AsNoTracking().Where(d => d.ImportRunId == id).OrderBy(d => d.FileName)
            .Select(d => new RunDocument(d.FileName, d.Origin, d.Outcome, d.ReplacedOrigin, db.Documents.Any(stored => stored.FileName == d.FileName)))
            .ToListAsync(cancellationToken);

        var changes = db.EventChanges.AsNoTracking().Where(c => c.ImportRunId == id);
        ChangeCount = await changes.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Changes = await changes
            .OrderBy(c => c.Change == "removed" ? 0 : c.Change == "changed" ? 1 : 2)
            .ThenBy(c => c.FileName).ThenBy(c => c.PassageOrder).ThenBy(c => c.EventId)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new RunChange(c.EventId, c.Change, c.FileName, c.PassageOrder, c.Title, c.Detail, c.NearestEventId, db.Events.Any(e => e.Id == c.EventId)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
