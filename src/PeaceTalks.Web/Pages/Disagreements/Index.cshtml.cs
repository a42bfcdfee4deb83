using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Disagreements;

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<Disagreement> Disagreements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Disagreements = await SourceDisagreements.AllAsync(db, cancellationToken);
}
