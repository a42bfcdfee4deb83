using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PeaceTalks.Web.Pages.Timeline;

public class IndexModel(TimelineQuery query) : PageModel
{
    public TimelineFilter Filter { get; private set; } = new();

    public TimelineResult Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] TimelineFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        Result = await query.RunAsync(filter, cancellationToken);
    }
}
