using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Rounds;

public sealed record RoundRow(string Name, string Slug, int Order, DateOnly? DateStart, DateOnly? DateEnd, string? Precision, string? Place, string? Format, int Events);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rounds = await db.Rounds.AsNoTracking().OrderBy(r => r.DateStart).ThenBy(r => r.Order)
            .Select(r => new RoundRow(r.Name, r.Slug, r.Order, r.DateStart, r.DateEnd, r.Precision, r.Place, r.Format, r.Events.Count))
            .ToListAsync(cancellationToken);
}
