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
        // Dated events only: an undated statement says nothing of how current the sources are (and a null date sorts
        // first in PostgreSQL's descending order).
        var latest = await db.Events.AsNoTracking().Where(e => e.DateStart != null).MaxAsync(e => e.DateStart);
        return new FooterSummary(documents.Select(d => (d.FileName, d.Title)).ToList(), latest);
    }
}
