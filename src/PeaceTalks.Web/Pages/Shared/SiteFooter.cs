using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Shared;

public sealed record FooterSummary(IReadOnlyList<(string File, string Title)> Documents, DateOnly? LatestDate);

/// <summary>What the footer says about the sources: which they are and the latest date they cover.</summary>
public sealed class SiteFooter(PeaceTalksDbContext db)
{
    public async Task<FooterSummary> GetAsync()
    {
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.FileName).Select(d => new { d.FileName, d.Title }).Take(20).ToListAsync();
        var latest = await db.Events.AsNoTracking().OrderByDescending(e => e.DateStart).Select(e => (DateOnly?)e.DateStart).FirstOrDefaultAsync();
        return new FooterSummary(documents.Select(d => (d.FileName, d.Title)).ToList(), latest);
    }
}
