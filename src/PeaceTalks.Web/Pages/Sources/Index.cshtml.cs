using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Sources;

public sealed record SourceRow(string FileName, string Title, string Format, int Events, DateTimeOffset ImportedAt);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<SourceRow> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.FileName)
            .Select(d => new { d.FileName, d.Title, d.Format, d.ImportedAt, Events = db.Events.Count(e => e.DocumentId == d.Id) })
            .ToListAsync(cancellationToken);
        Sources = documents.Select(d => new SourceRow(d.FileName, d.Title, d.Format, d.Events, d.ImportedAt)).ToList();
    }
}
