using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Pages.Timeline;

public sealed record PartyChip(string Name, string Slug, string Role);

public sealed record TimelineRow(
    int Id,
    DateOnly DateStart,
    DateOnly? DateEnd,
    string Precision,
    string DateText,
    string Kind,
    string Title,
    string Summary,
    IReadOnlyList<PartyChip> Parties,
    string? Round,
    string? RoundSlug,
    string Document,
    int PassageOrder)
{
    public string Display => EventDates.Display(DateStart, DateEnd, Precision, DateText);
}

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>An event as a mark on the overview: when, what kind, and which lanes it belongs in.</summary>
public sealed record OverviewMark(int Id, DateOnly DateStart, DateOnly? DateEnd, string Kind, string Title, IReadOnlyList<string> Parties, IReadOnlyList<string> MediatorParties);

public sealed record TimelineResult(
    IReadOnlyList<OverviewMark> Marks,
    IReadOnlyList<TimelineRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<string> Messages);

/// <summary>
/// The timeline's one query, shared by the page and <c>/api/events</c>: the filters are checked
/// (a bad value becomes a message), applied only when set, counted per facet, then paged.
/// </summary>
public sealed class TimelineQuery(PeaceTalksDbContext db)
{
    public const int PageSize = 100;

    public static readonly string[] Kinds = ["round", "meeting", "summit", "statement", "proposal", "agreement", "poll", "military", "other"];

    /// <param name="allPages">The whole selection on one page, for exports.</param>
    public async Task<TimelineResult> RunAsync(TimelineFilter filter, CancellationToken cancellationToken, bool allPages = false)
    {
        var messages = new List<string>();
        var events = db.Events.AsNoTracking();

        foreach (var value in filter.Party.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct())
        {
            var name = Gazetteer.Default.ResolveParty(value);
            if (name is null)
            {
                messages.Add($"No party is called “{value}”; that filter was left out.");
                continue;
            }

            events = events.Where(e => e.Parties.Any(p => p.Party!.Name == name));
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                var from = new DateOnly(year, 1, 1);
                var to = new DateOnly(year, 12, 31);
                events = events.Where(e => e.DateStart >= from && e.DateStart <= to);
            }
            else
            {
                messages.Add($"“{filter.Year}” is not a year between 1900 and 2100; all years are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Month))
        {
            if (DateOnly.TryParseExact(filter.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year is >= 1900 and <= 2100)
            {
                var last = first.AddMonths(1).AddDays(-1);
                events = events.Where(e => e.DateStart >= first && e.DateStart <= last);
            }
            else
            {
                messages.Add($"“{filter.Month}” is not a month like 2022-03; all months are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            if (Kinds.Contains(filter.Kind))
            {
                events = events.Where(e => e.Kind == filter.Kind);
            }
            else
            {
                messages.Add($"“{filter.Kind}” is not a kind of event ({string.Join(", ", Kinds)}); all kinds are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Round))
        {
            if (await db.Rounds.AnyAsync(r => r.Slug == filter.Round, cancellationToken))
            {
                events = events.Where(e => e.Round!.Slug == filter.Round);
            }
            else
            {
                messages.Add($"No round is called “{filter.Round}”; all rounds are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            if (await db.Topics.AnyAsync(t => t.Slug == filter.Topic, cancellationToken))
            {
                events = events.Where(e => e.Topics.Any(t => t.Slug == filter.Topic));
            }
            else
            {
                messages.Add($"No topic is called “{filter.Topic}”; all topics are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            events = events.Matching(db, filter.Q);
        }

        // The selection, lightly, for the facet counts; then the page of it in full. Within a day, what
        // is dated to the year only comes first: the page shows it under the year, before the months.
        var selection = await events
            .OrderBy(e => e.DateStart).ThenBy(e => e.Precision == "year" ? 0 : 1).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.DateStart,
                e.DateEnd,
                e.Kind,
                e.Title,
                Round = e.Round == null ? null : new { e.Round.Slug, e.Round.Name, e.Round.Order },
                Parties = e.Parties.Select(p => p.Party!.Name).ToList(),
                Mediators = e.Parties.Where(p => p.Role == "mediator" || p.Role == "host").Select(p => p.Party!.Name).ToList(),
                Topics = e.Topics.Select(t => new { t.Slug, t.Name }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["party"] = selection.SelectMany(e => e.Parties).GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => new FacetValue(g.Key, g.Key, g.Count(), filter.Party.Any(p => Gazetteer.Default.ResolveParty(p) == g.Key))).ToList(),
            ["year"] = selection.GroupBy(e => e.DateStart.Year).OrderBy(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString(CultureInfo.InvariantCulture), g.Key.ToString(CultureInfo.InvariantCulture), g.Count(), filter.Year == g.Key.ToString(CultureInfo.InvariantCulture))).ToList(),
            ["kind"] = selection.GroupBy(e => e.Kind).OrderByDescending(g => g.Count())
                .Select(g => new FacetValue(g.Key, g.Key, g.Count(), filter.Kind == g.Key)).ToList(),
            ["round"] = selection.Where(e => e.Round is not null).GroupBy(e => e.Round!.Slug).OrderBy(g => g.First().Round!.Order)
                .Select(g => new FacetValue(g.Key, g.First().Round!.Name, g.Count(), filter.Round == g.Key)).ToList(),
            ["topic"] = selection.SelectMany(e => e.Topics).GroupBy(t => t.Slug).OrderByDescending(g => g.Count())
                .Select(g => new FacetValue(g.Key, g.First().Name, g.Count(), filter.Topic == g.Key)).ToList(),
        };

        var pageCount = Math.Max(1, (selection.Count + PageSize - 1) / PageSize);
        var page = 1;
        if (!string.IsNullOrWhiteSpace(filter.Page))
        {
            if (!int.TryParse(filter.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
            {
                messages.Add($"“{filter.Page}” is not a page number; the first page is shown.");
                page = 1;
            }
            else if (page > pageCount)
            {
                messages.Add($"There is no page {page}: the selection has {pageCount} page(s).");
            }
        }

        var ids = allPages
            ? selection.Select(e => e.Id).ToList()
            : selection.Skip((Math.Min(page, pageCount + 1) - 1) * PageSize).Take(PageSize).Select(e => e.Id).ToList();
        var rows = await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.DateStart).ThenBy(e => e.Precision == "year" ? 0 : 1).ThenBy(e => e.Id)
            .Select(e => new TimelineRow(
                e.Id, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.Kind, e.Title, e.Summary,
                e.Parties.OrderBy(p => p.Party!.Name).Select(p => new PartyChip(p.Party!.Name, p.Party.Slug, p.Role)).ToList(),
                e.Round == null ? null : e.Round.Name,
                e.Round == null ? null : e.Round.Slug,
                e.Document!.FileName,
                e.Passage!.Order))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var marks = selection.Select(e => new OverviewMark(e.Id, e.DateStart, e.DateEnd, e.Kind, e.Title, e.Parties, e.Mediators)).ToList();
        return new TimelineResult(marks, rows, selection.Count, page, pageCount, facets, messages);
    }
}
