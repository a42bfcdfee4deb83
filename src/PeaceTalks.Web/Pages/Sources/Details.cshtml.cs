using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Web.Pages.Sources;

public sealed record PassageEvent(int Id, string Title, string Date, int Start, int Length);

/// <param name="Label">A list item's bold lead-in ("Current Peace Talks"), shown before its text; the events' offsets are into <paramref name="Text"/>.</param>
public sealed record PassageView(int Order, int? SectionOrder, string? Label, string Text, string Raw, int Line, IReadOnlyList<PassageEvent> Events);

public sealed record SectionView(int Order, string Heading, int Level);

public class DetailsModel(PeaceTalksDbContext db) : PageModel
{
    public SourceDocument Document { get; private set; } = null!;

    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    public IReadOnlyList<PassageView> Passages { get; private set; } = [];

    /// <summary>The event whose sentences are marked, from <c>?highlight=</c>.</summary>
    public int? Highlight { get; private set; }

    public string? AnswerHtml { get; private set; }

    /// <summary>The reader's name for the document's format.</summary>
    public string FormatName => Document.Format switch
    {
        "QaMarkdown" => "Q&A page (YAML front matter, Markdown answer)",
        "MarkdownArticle" => "Article (YAML front matter, Markdown text)",
        _ => "Encyclopedia article (plain-text scrape)",
    };

    /// <summary>What the document's own date is, as a label: "Published", "Page made".</summary>
    public string OwnDateLabel => Document.OwnDateMeaning is { Length: > 0 } meaning
        ? char.ToUpperInvariant(meaning[0]) + meaning[1..]
        : "Dated";

    /// <summary>Passages shown on one page: a long document's page held every passage and its raw text at once.</summary>
    public const int PageSize = 100;

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>The section of the last passage before this page (-1 on the first): its headings were shown there.</summary>
    public int PreviousSectionOrder { get; private set; } = -1;

    /// <summary>
    /// The page is <c>?page=</c>, or the one holding the passage asked for: a link to an event's passage names the event
    /// (<c>?highlight=</c>), a link to a passage names it (<c>?passage=</c>), so that the <c>#p-42</c> anchor is on the page served.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string file, [FromQuery] string? highlight, [FromQuery] string? passage, [FromQuery] string? page,
        CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.FileName == file, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        Highlight = int.TryParse(highlight, out var id) ? id : null;
        Sections = await db.Sections.AsNoTracking().Where(s => s.DocumentId == document.Id).OrderBy(s => s.Order)
            .Select(s => new SectionView(s.Order, s.Heading, s.Level)).ToListAsync(cancellationToken);

        var all = db.Passages.AsNoTracking().Where(p => p.DocumentId == document.Id);
        PageCount = Math.Max(1, (await all.CountAsync(cancellationToken) + PageSize - 1) / PageSize);
        int? wanted = int.TryParse(passage, out var order) ? order
            : Highlight is { } highlighted ? await db.Events.Where(e => e.Id == highlighted && e.DocumentId == document.Id).Select(e => (int?)e.Passage!.Order).FirstOrDefaultAsync(cancellationToken)
            : null;
        PageNumber = wanted is { } target
            ? await all.CountAsync(p => p.Order < target, cancellationToken) / PageSize + 1
            : int.TryParse(page, out var asked) ? asked : 1;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        var passages = await all.OrderBy(p => p.Order).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Order, SectionOrder = p.Section == null ? (int?)null : p.Section.Order, p.Label, p.Text, p.SourceStart, p.SourceEnd, p.Line })
            .ToListAsync(cancellationToken);
        if (passages.Count > 0)
        {
            var firstOrder = passages[0].Order;
            PreviousSectionOrder = await all.Where(p => p.Order < firstOrder && p.Section != null)
                .MaxAsync(p => (int?)p.Section!.Order, cancellationToken) ?? -1;
        }

        var ids = passages.Select(p => p.Id).ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.DocumentId == document.Id && ids.Contains(e.PassageId))
            .OrderBy(e => e.PassageStart)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf, e.PassageId, e.PassageStart, e.PassageLength })
            .ToListAsync(cancellationToken);
        Passages = passages.Select(p => new PassageView(
            p.Order, p.SectionOrder, p.Label, p.Text, document.RawText[p.SourceStart..p.SourceEnd], p.Line,
            events.Where(e => e.PassageId == p.Id)
                .Select(e => new PassageEvent(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf), e.PassageStart, e.PassageLength))
                .ToList())).ToList();
        if (document.AnswerMarkdown is { } markdown)
        {
            AnswerHtml = AnswerMarkdown.ToHtml(markdown);
        }

        return Page();
    }
}
