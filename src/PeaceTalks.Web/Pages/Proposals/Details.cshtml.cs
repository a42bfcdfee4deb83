using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Proposals;

public sealed record PointRow(int Order, string Text, IReadOnlyList<string> Topics, string Document, int PassageOrder, int SourceStart, int SourceEnd);

/// <summary>A proposal as shown; <see cref="Quote"/> is the raw span as stored, <see cref="Words"/> what a reader reads of it.</summary>
public sealed record ProposalView(string Name, IReadOnlyList<PartyRef> Proposers, DateOnly? DateStart, string Document, int PassageOrder, string Quote, string Format)
{
    // A scrape's raw span holds its gloss lines and wiki markup: the reader is shown its clean text, the raw on demand.
    // The Markdown formats' spans are shown as they are (their markup is the page's own, cleaned on the source page).
    public string Words => Format == new PeaceTalks.Core.Documents.EncyclopediaScrapeReader().Format ? PeaceTalks.Core.Cleaning.ScrapeCleaner.Excerpt(Quote) : Quote;
}

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
                    p.Document!.FileName, p.Passage!.Order, p.Quote, p.Document.Format),
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
