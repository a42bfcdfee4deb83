using Markdig;
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

    public async Task<IActionResult> OnGetAsync(string file, [FromQuery] string? highlight, CancellationToken cancellationToken)
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
        var events = await db.Events.AsNoTracking().Where(e => e.DocumentId == document.Id)
            .OrderBy(e => e.PassageStart)
            .Select(e => new { e.Id, e.Title, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf, e.PassageId, e.PassageStart, e.PassageLength })
            .ToListAsync(cancellationToken);
        var passages = await db.Passages.AsNoTracking().Where(p => p.DocumentId == document.Id).OrderBy(p => p.Order)
            .Select(p => new { p.Id, p.Order, SectionOrder = p.Section == null ? (int?)null : p.Section.Order, p.Label, p.Text, p.SourceStart, p.SourceEnd, p.Line })
            .ToListAsync(cancellationToken);
        Passages = passages.Select(p => new PassageView(
            p.Order, p.SectionOrder, p.Label, p.Text, document.RawText[p.SourceStart..p.SourceEnd], p.Line,
            events.Where(e => e.PassageId == p.Id)
                .Select(e => new PassageEvent(e.Id, e.Title, EventDates.Display(e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf), e.PassageStart, e.PassageLength))
                .ToList())).ToList();
        if (document.AnswerMarkdown is { } markdown)
        {
            AnswerHtml = Markdown.ToHtml(markdown, Core.Cleaning.MarkdownCleaner.Pipeline);
        }

        return Page();
    }
}
