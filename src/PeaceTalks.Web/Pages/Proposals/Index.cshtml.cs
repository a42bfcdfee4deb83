using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Proposals;

public sealed record PartyRef(string Name, string Slug);

public sealed record ProposalRow(string Name, string Slug, IReadOnlyList<PartyRef> Proposers, DateOnly? DateStart, IReadOnlyList<string> Points);

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<ProposalRow> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Proposals = await ProposalQueries.AllAsync(db, cancellationToken);
}

public static class ProposalQueries
{
    /// <summary>Every proposal with its points in order (also <c>/api/proposals</c>).</summary>
    public static Task<List<ProposalRow>> AllAsync(PeaceTalksDbContext db, CancellationToken cancellationToken) =>
        db.Proposals.AsNoTracking().OrderBy(p => p.DateStart == null).ThenBy(p => p.DateStart).ThenBy(p => p.Name)
            .Select(p => new ProposalRow(p.Name, p.Slug, p.Proposers.OrderBy(x => x.Name).Select(x => new PartyRef(x.Name, x.Slug)).ToList(), p.DateStart,
                p.Points.OrderBy(x => x.Order).Select(x => x.Text).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
}
