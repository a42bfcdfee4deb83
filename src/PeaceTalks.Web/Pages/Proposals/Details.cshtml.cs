using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Proposals;

public sealed record PointRow(int Order, string Text, IReadOnlyList<string> Topics, string Document, int PassageOrder, int SourceStart, int SourceEnd);

public sealed record ProposalView(string Name, IReadOnlyList<PartyRef> Proposers, DateOnly? DateStart, string Document, int PassageOrder, string Quote);

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    public ProposalView Proposal { get; private set; } = null!;

    public IReadOnlyList<PointRow> Points { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new
            {
                View = new ProposalView(p.Name, p.Proposers.OrderBy(x => x.Name).Select(x => new PartyRef(x.Name, x.Slug)).ToList(), p.DateStart,
                    p.Document!.FileName, p.Passage!.Order, p.Quote),
                p.Id,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        Proposal = proposal.View;
        Points = await db.ProposalPoints.AsNoTracking().Where(p => p.ProposalId == proposal.Id).OrderBy(p => p.Order)
            .Select(p => new PointRow(p.Order, p.Text, p.Topics.Select(t => t.Name).ToList(), p.Proposal!.Document!.FileName, p.Passage!.Order, p.SourceStart, p.SourceEnd))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
