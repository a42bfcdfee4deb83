using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Timeline;

public sealed record TimelineRow(int Id, DateOnly DateStart, DateOnly? DateEnd, string DateText, string Precision, string Kind, string Title, string Summary, IReadOnlyList<string> Parties, string Document, int PassageOrder)
{
    /// <summary>The date as precise as the source allows: "28 Feb 2022", "14–17 Mar 2022", "Mar 2022", "early Apr 2023".</summary>
    public string Display => Precision switch
    {
        "day" when DateEnd is { } end && end.Month == DateStart.Month => $"{DateStart.Day}–{end.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        "day" => DateStart.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        "month" => DateStart.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        "year" => DateStart.Year.ToString(CultureInfo.InvariantCulture),
        _ => DateText.Any(char.IsDigit) && DateText.Contains(DateStart.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? DateText
            : $"{DateText} {DateStart.Year}",
    };
}

public class IndexModel(PeaceTalksDbContext db) : PageModel
{
    public IReadOnlyList<TimelineRow> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Events = await db.Events.AsNoTracking()
            .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new TimelineRow(e.Id, e.DateStart, e.DateEnd, e.DateText, e.Precision, e.Kind, e.Title, e.Summary,
                e.Parties.Select(p => p.Party!.Name).ToList(), e.Document!.FileName, e.Passage!.Order))
            .ToListAsync(cancellationToken);
}
