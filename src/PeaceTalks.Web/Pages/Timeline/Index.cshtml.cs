using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Disagreements;

namespace PeaceTalks.Web.Pages.Timeline;

public class IndexModel(TimelineQuery query, PeaceTalksDbContext db) : PageModel
{
    public Overview? Overview { get; private set; }

    public TimelineFilter Filter { get; private set; } = new();

    public TimelineResult Result { get; private set; } = null!;

    public int ExportLimit => query.ExportLimit;

    /// <summary>The page's rows under their headings (<see cref="TimelineSections"/>).</summary>
    public IReadOnlyList<TimelineSection> Sections { get; private set; } = [];

    /// <summary>The page's events that another source tells with a different count, each with its entry on /disagreements.</summary>
    public IReadOnlyDictionary<int, string> Disagreeing { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync([FromQuery] TimelineFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        Result = await query.RunAsync(filter, cancellationToken);
        Sections = TimelineSections.Of(Result.Rows, Result.Scope);
        Disagreeing = await SourceDisagreements.AnchorsAsync(db, Result.Rows.Select(r => r.Id).ToList(), cancellationToken);
        if (Result.Overview is null)
        {
            // Undated statements, or nothing selected: no time to draw.
            return;
        }

        // Thousands of rounds (a corpus of thousands of documents) would hide the picture: beyond a few
        // dozen, the overview draws the rounds the facet lists, those with the most events in the view,
        // and only those are read.
        var dated = db.Rounds.AsNoTracking().Where(r => r.DateStart != null);
        if (await dated.CountAsync(cancellationToken) > TimelineQuery.FacetLimit)
        {
            var listed = Result.Facets.TryGetValue("round", out var values) ? values.Select(r => r.Value).ToList() : [];
            dated = dated.Where(r => listed.Contains(r.Slug));
        }

        var rounds = await dated.OrderBy(r => r.DateStart)
            .Select(r => new { r.Name, r.Slug, r.DateStart, r.DateEnd }).ToListAsync(cancellationToken);
        Overview = Overview.Build(Result.Overview, rounds.Select(r => (r.Name, r.Slug, r.DateStart!.Value, r.DateEnd)).ToList());
    }
}
