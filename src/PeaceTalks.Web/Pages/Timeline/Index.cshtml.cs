using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Timeline;

public sealed record TimelineRow(int Id, DateOnly DateStart, string DateText, string Precision, string Kind, string Title, string Summary, IReadOnlyList<string> Parties, string Document, int PassageOrder);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<TimelineRow> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.Events.AsNoTracking()
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new TimelineRow(e.Id, e.DateStart, e.DateText, e.Precision, e.Kind, e.Title, e.Summary,
                e.Parties.Select(p => p.Party!.Name).ToList(), e.Document!.FileName, e.Passage!.Order))
            .ToListAsync(cancellationToken);
}
