using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Imports;

public sealed record ImportRunRow(int Id, DateTimeOffset FinishedAt, IReadOnlyList<string> Documents, int DocumentCount, int Added, int Removed, int Changed, int Kept);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    /// <summary>Documents named on the list per run; the run's own page names them all.</summary>
    public const int DocumentsNamed = 5;

    public IReadOnlyList<ImportRunRow> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new ImportRunRow(
                r.Id,
                r.FinishedAt,
                r.Documents.OrderBy(d => d.FileName).Select(d => d.FileName).Take(DocumentsNamed).ToList(),
                r.Documents.Count,
                r.EventsAdded,
                r.EventsRemoved,
                r.EventsChanged,
                r.EventsKept))
            .ToListAsync(cancellationToken);
}
