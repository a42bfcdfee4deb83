using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Proposals;

public sealed record ComparedPoint(int Order, string Text, string Document, int PassageOrder);

public sealed record ComparedProposal(string Name, string Slug, string? Proposer, DateOnly? DateStart, IReadOnlyDictionary<string, IReadOnlyList<ComparedPoint>> ByTopic);

/// <summary>Proposals side by side: what each says on each topic, in its own words, or that it does not address it.</summary>
public class CompareModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<(string Slug, string Name)> Topics { get; private set; } = [];

    public IReadOnlyList<ComparedProposal> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.Points.Any())
            .OrderBy(p => p.DateStart == null).ThenBy(p => p.DateStart).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Name,
                p.Slug,
                Proposer = string.Join(", ", p.Proposers.OrderBy(x => x.Name).Select(x => x.Name)),
                p.DateStart,
                Points = p.Points.OrderBy(x => x.Order).Select(x => new
                {
                    x.Order,
                    x.Text,
                    Document = x.Proposal!.Document!.FileName,
                    PassageOrder = x.Passage!.Order,
                    Topics = x.Topics.Select(t => t.Slug).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var used = proposals.SelectMany(p => p.Points).SelectMany(p => p.Topics).ToHashSet();
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken);
        Topics = topics.Where(t => used.Contains(t.Slug)).Select(t => (t.Slug, t.Name)).ToList();
        Proposals = proposals.Select(p => new ComparedProposal(p.Name, p.Slug, p.Proposer, p.DateStart,
            Topics.ToDictionary(
                t => t.Slug,
                t => (IReadOnlyList<ComparedPoint>)p.Points.Where(x => x.Topics.Contains(t.Slug))
                    .Select(x => new ComparedPoint(x.Order, x.Text, x.Document, x.PassageOrder)).ToList())))
            .ToList();
    }
}
