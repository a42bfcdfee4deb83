using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Storage;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Web.Pages.Timeline;

/// <param name="Role">How the party takes part (<c>EventParty.Role</c>): "mentioned" is only named.</param>
public sealed record PartyChip(string Name, string Slug, string Role)
{
    /// <summary>The role of a party that is only named in an event: it is not counted, filtered or laned as taking part.</summary>
    public const string Mentioned = "mentioned";

    public bool TookPart => Role != Mentioned;
}

public sealed record TimelineRow(
    int Id,
    DateOnly? DateStart,
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
    int PassageOrder,
    string DateFrom,
    bool AsOf)
{
    public string Display => EventDates.Display(DateStart, DateEnd, Precision, DateText, AsOf);

    /// <summary>How the date stands in the source, for a tooltip: as written, and where when it is not the sentence's own.</summary>
    public string AsWritten => DateStart is null
        ? "Undated: " + EventDates.Origin(DateFrom, DateText)
        : $"As written: {DateText}" + (EventDates.Origin(DateFrom, DateText) is { } origin ? $" — {origin}" : "");
}

/// <summary>Which events a query reads: the dated timeline, the undated statements, or both, the dated first (API, exports).</summary>
public enum TimelineScope
{
    Dated,
    Undated,
    All,
}

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>What a caller needs of the selection: the API wants a page of rows, the page wants all of it.</summary>
[Flags]
public enum TimelineParts
{
    Rows = 1,
    Facets = 2,
    Overview = 4,
    All = Rows | Facets | Overview,
}

public sealed record TimelineResult(
    OverviewData? Overview,
    IReadOnlyList<TimelineRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<string> Messages)
{
    /// <summary>How many values of a facet were left out of its list (<see cref="TimelineQuery.FacetLimit"/>).</summary>
    public IReadOnlyDictionary<string, int> FacetsLeftOut { get; init; } = new Dictionary<string, int>();

    /// <summary>The whole selection was asked for and holds more than <see cref="TimelineQuery.ExportLimit"/> events: no rows were read.</summary>
    public bool OverExportLimit { get; init; }

    /// <summary>
    /// The values the filters could not use, by parameter (a year that is no year, a party nobody is called): the page
    /// names them in <see cref="Messages"/> and leaves them out, the API refuses the request with a 400.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Refused { get; init; } = new Dictionary<string, string[]>();

    /// <summary>What was read: the dated timeline, the undated statements, or both.</summary>
    public TimelineScope Scope { get; init; }

    /// <summary>
    /// The undated statements the filters but a year or month select (those do not apply to them): on the dated timeline, how
    /// many it leaves out and links to; in an export or the API, how many of its rows are undated.
    /// </summary>
    public int Undated { get; init; }
}

/// <summary>
/// The timeline's one query, shared by the page and <c>/api/events</c>: the filters are checked
/// (a bad value becomes a message), applied only when set, counted per facet, then paged.
/// Everything is counted and paged in the database, never by loading the selection: the cost of a
/// view grows with what it shows, not with the size of the corpus.
/// </summary>
public sealed class TimelineQuery(PeaceTalksDbContext db)
{
    public const int PageSize = 100;

    /// <summary>
    /// Up to this many events the overview draws each one; beyond it, one mark per lane and month. Drawn one by one,
    /// the seeds' 187 events were 295 dots of 4 px on a phone and 120 KB of the landing page, each with its title.
    /// </summary>
    public int MarkLimit { get; init; } = 60;

    /// <summary>
    /// A facet lists at most this many values, the largest counts (and any selected value): a corpus of
    /// thousands of documents has thousands of rounds, and a list of them all is no filter anyone can read.
    /// </summary>
    public const int FacetLimit = 30;

    /// <summary>
    /// The most events one export (the whole selection on one page) holds. An export is built in memory and a
    /// million-event view would take gigabytes, so a larger view is refused with its count and how to narrow it.
    /// 20,000 holds the whole real Q&amp;A corpus (17,729 events) with the seeds; the CLI's export has no limit.
    /// </summary>
    public int ExportLimit { get; init; } = 20_000;

    /// <summary>
    /// Up to this many events, a filtered selection is read once as a list of ids, and the counts, the overview
    /// and the page then look events up by id, instead of each of those ten or so queries applying the filters
    /// (a party's EXISTS, a date range, a full-text match) to the whole corpus again: at a million events that
    /// was seconds per query. A larger selection costs about as much either way, and is filtered in each query.
    /// </summary>
    public int SelectionIdLimit { get; init; } = 10_000;

    // Years too: documents of several centuries name hundreds of them.
    private static readonly string[] CappedFacets = ["party", "year", "round", "topic"];

    public static readonly string[] Kinds = ["round", "meeting", "summit", "statement", "proposal", "agreement", "poll", "military", "other"];

    /// <summary>
    /// Where the counts and overview of a selection are kept between requests (its pages, the same view on
    /// another visit), per import version; none for a query made outside the web app (tests, benchmarks).
    /// </summary>
    public TimelineSummaryCache? SummaryCache { get; init; }

    /// <param name="allPages">The whole selection on one page, for exports.</param>
    /// <param name="withUndated">
    /// After the dated events, the undated ones the filters select (the API and the exports). A year or month selects none:
    /// an undated statement has neither. <c>?undated=1</c> reads the undated ones alone, whatever this says.
    /// </param>
    public async Task<TimelineResult> RunAsync(
        TimelineFilter filter, CancellationToken cancellationToken, TimelineParts parts = TimelineParts.All, bool allPages = false, bool withUndated = false)
    {
        var notices = new Notices();
        var (dated, undated, inTime) = await FilterAsync(filter, notices, cancellationToken);
        var scope = filter.IsUndated ? TimelineScope.Undated : withUndated ? TimelineScope.All : TimelineScope.Dated;
        if (scope == TimelineScope.All && inTime)
        {
            undated = undated.Where(_ => false);
        }

        var summary = parts.HasFlag(TimelineParts.Facets) || parts.HasFlag(TimelineParts.Overview)
            ? await SummaryAsync(filter, parts, scope == TimelineScope.Undated ? undated : dated, undated, scope, cancellationToken)
            : null;
        var datedTotal = scope == TimelineScope.Undated ? 0 : summary?.Total ?? await dated.CountAsync(cancellationToken);
        var undatedTotal = scope switch
        {
            TimelineScope.Undated => summary?.Total ?? await undated.CountAsync(cancellationToken),
            TimelineScope.All => await undated.CountAsync(cancellationToken),
            _ => summary?.Undated ?? 0,
        };
        var total = scope switch { TimelineScope.Undated => undatedTotal, TimelineScope.All => datedTotal + undatedTotal, _ => datedTotal };

        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = 1;
        if (!string.IsNullOrWhiteSpace(filter.Page))
        {
            if (!int.TryParse(filter.Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
            {
                notices.Refuse("page", $"“{filter.Page}” is not a page number; the first page is shown.");
                page = 1;
            }
            else if (page > pageCount)
            {
                notices.Refuse("page", $"There is no page {page}: the selection has {pageCount} page(s).");
            }
        }

        var overExportLimit = allPages && total > ExportLimit;
        var rows = parts.HasFlag(TimelineParts.Rows) && (allPages || page <= pageCount) && !overExportLimit
            ? scope switch
            {
                TimelineScope.Dated => await RowsAsync(dated, allPages ? null : (page - 1) * PageSize, allPages ? null : PageSize, cancellationToken),
                TimelineScope.Undated => await UndatedRowsAsync(undated, allPages ? null : (page - 1) * PageSize, allPages ? null : PageSize, cancellationToken),
                _ => await AllRowsAsync(dated, undated, datedTotal, allPages ? null : page, cancellationToken),
            }
            : [];
        return new TimelineResult(summary?.Overview, rows, total, page, pageCount, summary?.Facets ?? new Dictionary<string, IReadOnlyList<FacetValue>>(), notices.Messages)
        {
            FacetsLeftOut = summary?.FacetsLeftOut ?? new Dictionary<string, int>(),
            OverExportLimit = overExportLimit,
            Scope = scope,
            Undated = undatedTotal,
            Refused = notices.Refused,
        };
    }

    /// <summary>
    /// What a selection counts to, whatever page of it is shown: its total, facets and overview, and how many undated
    /// statements the same filters select.
    /// </summary>
    public sealed record Summary(
        int Total,
        IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
        IReadOnlyDictionary<string, int> FacetsLeftOut,
        OverviewData? Overview,
        int Undated);

    private async Task<Summary> SummaryAsync(
        TimelineFilter filter, TimelineParts parts, IQueryable<Event> events, IQueryable<Event> undated, TimelineScope scope, CancellationToken cancellationToken)
    {
        string? key = null;
        if (SummaryCache is { } cache)
        {
            // The latest import is part of the key (read as the output cache reads it, at most once a second):
            // an import anywhere makes every instance count afresh.
            var version = await cache.Versions.CurrentAsync(db, cancellationToken);
            key = string.Join('\u001f', [version.ToString(CultureInfo.InvariantCulture), MarkLimit.ToString(CultureInfo.InvariantCulture), parts.ToString(), scope.ToString(),
                .. filter.Party.Order(StringComparer.Ordinal), "|", filter.Year, filter.Month, filter.Kind, filter.Round, filter.Topic, filter.Q]);
            if (cache.TryGet(key) is { } cached)
            {
                return cached;
            }
        }

        if (!filter.IsEmpty && SelectionIdLimit > 0)
        {
            var ids = await events.Select(e => e.Id).Take(SelectionIdLimit + 1).ToListAsync(cancellationToken);
            if (ids.Count <= SelectionIdLimit)
            {
                // One parameter (a JSON array on SQLite, an int[] on PostgreSQL), not thousands of them.
                events = db.Events.AsNoTracking().Where(e => EF.Parameter(ids).Contains(e.Id));
            }
        }

        // Per month, in the database: the overview's bands, the year facet and the total in one pass. Undated statements
        // have no month: they are counted, and have neither overview nor years.
        var months = scope == TimelineScope.Undated
            ? []
            : (await events.GroupBy(e => new { e.DateStart!.Value.Year, e.DateStart.Value.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(m => new MonthCount(new DateOnly(m.Year, m.Month, 1), m.Count)).OrderBy(m => m.Month).ToList();
        var total = scope == TimelineScope.Undated ? await events.CountAsync(cancellationToken) : months.Sum(m => m.Count);
        var undatedCount = scope == TimelineScope.Undated ? total : await undated.CountAsync(cancellationToken);
        var facets = parts.HasFlag(TimelineParts.Facets)
            ? await FacetsAsync(events, months, filter, cancellationToken)
            : new Dictionary<string, IReadOnlyList<FacetValue>>();
        var leftOut = new Dictionary<string, int>();
        foreach (var name in CappedFacets.Where(facets.ContainsKey))
        {
            var values = facets[name];
            if (values.Count > FacetLimit)
            {
                var kept = values.OrderByDescending(v => v.Selected).ThenByDescending(v => v.Count).Take(FacetLimit).ToHashSet();
                facets[name] = values.Where(kept.Contains).ToList();
                leftOut[name] = values.Count - kept.Count;
            }
        }

        var overview = parts.HasFlag(TimelineParts.Overview) && total > 0 && scope != TimelineScope.Undated
            ? await OverviewAsync(events, months, total, cancellationToken)
            : null;
        var summary = new Summary(total, facets, leftOut, overview, undatedCount);
        if (key is not null)
        {
            SummaryCache!.Set(key, summary);
        }

        return summary;
    }

    /// <summary>
    /// The events the filters select, as two queries: the dated ones (with the year and month) and the undated ones, which
    /// the text does not date: counted and listed apart, never placed in a year or month. <c>InTime</c>: a year or month
    /// was applied to the dated ones.
    /// </summary>
    private async Task<(IQueryable<Event> Dated, IQueryable<Event> Undated, bool InTime)> FilterAsync(
        TimelineFilter filter, Notices notices, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Undated) && !filter.IsUndated)
        {
            notices.Refuse("undated", $"“{filter.Undated}” is not a value of undated (undated=1 lists the undated statements); the dated timeline is shown.");
        }

        foreach (var value in filter.Party.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct())
        {
            var name = Gazetteer.Default.ResolveParty(value);
            if (name is null)
            {
                notices.Refuse("party", $"No party is called “{value}”; that filter was left out.");
                continue;
            }

            // A party the gazetteer knows but no document names yet selects nothing (id 0 matches no row).
            var partyId = await db.Parties.Where(p => p.Name == name).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
            events = events.Where(e => e.Parties.Any(p => p.PartyId == partyId && p.Role != PartyChip.Mentioned));
        }

        (DateOnly From, DateOnly To)? range = null;
        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (!TryParseYear(filter.Year, out var year))
            {
                notices.Refuse("year", $"“{filter.Year}” is not a year of our era (1 to 9999); all years are shown.");
            }
            else if (filter.IsUndated)
            {
                notices.Note($"Undated statements have no year: the year {filter.Year} does not apply to them.");
            }
            else
            {
                range = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }
        }

        (DateOnly From, DateOnly To)? month = null;
        if (!string.IsNullOrWhiteSpace(filter.Month))
        {
            if (!TryParseMonth(filter.Month, out var first))
            {
                notices.Refuse("month", $"“{filter.Month}” is not a month like 2022-03; all months are shown.");
            }
            else if (filter.IsUndated)
            {
                notices.Note($"Undated statements have no month: the month {filter.Month} does not apply to them.");
            }
            else
            {
                month = (first, first.AddMonths(1).AddDays(-1));
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
                notices.Refuse("kind", $"“{filter.Kind}” is not a kind of event ({string.Join(", ", Kinds)}); all kinds are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Round))
        {
            var roundId = await db.Rounds.Where(r => r.Slug == filter.Round).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (roundId is not null)
            {
                events = events.Where(e => e.RoundId == roundId);
            }
            else
            {
                notices.Refuse("round", $"No round is called “{filter.Round}”; all rounds are shown.");
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
                notices.Refuse("topic", $"No topic is called “{filter.Topic}”; all topics are shown.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            events = events.Matching(db, filter.Q);
        }

        var dated = events.Where(e => e.DateStart != null);
        foreach (var (from, to) in new[] { range, month }.OfType<(DateOnly From, DateOnly To)>())
        {
            dated = dated.Where(e => e.DateStart >= from && e.DateStart <= to);
        }

        return (dated, events.Where(e => e.DateStart == null), range is not null || month is not null);
    }

    /// <summary>Any year of our era a date can hold ("1863", "64", "0064"): documents tell of every century.</summary>
    public static bool TryParseYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9999;

    /// <summary>A month as the overview links it, "2022-03", of any year of our era ("1863-07", "64-06").</summary>
    public static bool TryParseMonth(string text, out DateOnly first)
    {
        first = default;
        var parts = text.Split('-');
        if (parts.Length != 2 || !TryParseYear(parts[0], out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        first = new DateOnly(year, month, 1);
        return true;
    }

    /// <summary>
    /// A range of rows (or all of them), in timeline order: by date, and within a day the less precise first (a year, then
    /// part of a month, a month, a day), so what is dated to the year only stands under the year, before the months. The
    /// order is the index on (DateStart, Precision desc, Id).
    /// </summary>
    private static Task<List<TimelineRow>> RowsAsync(IQueryable<Event> events, int? skip, int? take, CancellationToken cancellationToken) =>
        ReadRowsAsync(events.OrderBy(e => e.DateStart).ThenByDescending(e => e.Precision).ThenBy(e => e.Id), skip, take, cancellationToken);

    /// <summary>
    /// Undated statements in the order they were imported (a document's in its own order). Every one has the precision
    /// "undated", so this is the same index's range of a null DateStart, read in its order.
    /// </summary>
    private static Task<List<TimelineRow>> UndatedRowsAsync(IQueryable<Event> events, int? skip, int? take, CancellationToken cancellationToken) =>
        ReadRowsAsync(events.OrderByDescending(e => e.Precision).ThenBy(e => e.Id), skip, take, cancellationToken);

    /// <summary>
    /// The dated rows, then the undated ones, as one sequence paged across both: two ranges of the index, never one sort
    /// of both (SQLite sorts a null date first, PostgreSQL last).
    /// </summary>
    private static async Task<List<TimelineRow>> AllRowsAsync(IQueryable<Event> dated, IQueryable<Event> undated, int datedTotal, int? page, CancellationToken cancellationToken)
    {
        if (page is not { } p)
        {
            return [.. await RowsAsync(dated, null, null, cancellationToken), .. await UndatedRowsAsync(undated, null, null, cancellationToken)];
        }

        var skip = (p - 1) * PageSize;
        var rows = skip < datedTotal ? await RowsAsync(dated, skip, PageSize, cancellationToken) : [];
        if (rows.Count < PageSize)
        {
            rows.AddRange(await UndatedRowsAsync(undated, Math.Max(0, skip - datedTotal), PageSize - rows.Count, cancellationToken));
        }

        return rows;
    }

    private static async Task<List<TimelineRow>> ReadRowsAsync(IOrderedQueryable<Event> ordered, int? skip, int? take, CancellationToken cancellationToken)
    {
        IQueryable<Event> selected = ordered;
        if (skip is { } s)
        {
            selected = selected.Skip(s);
        }

        if (take is { } t)
        {
            selected = selected.Take(t);
        }

        return await selected
            .Select(e => new TimelineRow(
                e.Id, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.Kind, e.Title, e.Summary,
                e.Parties.OrderBy(p => p.Party!.Name).Select(p => new PartyChip(p.Party!.Name, p.Party.Slug, p.Role)).ToList(),
                e.Round == null ? null : e.Round.Name,
                e.Round == null ? null : e.Round.Slug,
                e.Document!.FileName,
                e.Passage!.Order,
                e.DateFrom,
                e.AsOf))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<string, IReadOnlyList<FacetValue>>> FacetsAsync(IQueryable<Event> events, List<MonthCount> months, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id);
        var parties = await db.EventParties.Where(p => ids.Contains(p.EventId) && p.Role != PartyChip.Mentioned)
            .GroupBy(p => p.Party!.Name).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var kinds = await events.GroupBy(e => e.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rounds = await events.Where(e => e.Round != null)
            .GroupBy(e => new { e.Round!.Slug, e.Round.Name, e.Round.Order }).Select(g => new { g.Key.Slug, g.Key.Name, g.Key.Order, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var topics = await events.SelectMany(e => e.Topics)
            .GroupBy(t => new { t.Slug, t.Name }).Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var selectedParties = filter.Party.Select(Gazetteer.Default.ResolveParty).ToHashSet();
        int? selectedYear = filter.Year is not null && TryParseYear(filter.Year, out var year) ? year : null;
        return new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["party"] = parties.OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new FacetValue(p.Name, p.Name, p.Count, selectedParties.Contains(p.Name))).ToList(),
            ["year"] = months.GroupBy(m => m.Month.Year).OrderBy(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString(CultureInfo.InvariantCulture), EventDates.Year(g.Key), g.Sum(m => m.Count), selectedYear == g.Key)).ToList(),
            ["kind"] = kinds.OrderByDescending(k => k.Count).ThenBy(k => Array.IndexOf(Kinds, k.Kind))
                .Select(k => new FacetValue(k.Kind, k.Kind, k.Count, filter.Kind == k.Kind)).ToList(),
            ["round"] = rounds.OrderBy(r => r.Order)
                .Select(r => new FacetValue(r.Slug, r.Name, r.Count, filter.Round == r.Slug)).ToList(),
            ["topic"] = topics.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new FacetValue(t.Slug, t.Name, t.Count, filter.Topic == t.Slug)).ToList(),
        };
    }

    private async Task<OverviewData> OverviewAsync(IQueryable<Event> events, List<MonthCount> months, int total, CancellationToken cancellationToken)
    {
        var lastDate = await events.MaxAsync(e => e.DateEnd ?? e.DateStart, cancellationToken) ?? months[^1].Month;
        if (total <= MarkLimit)
        {
            // Everything in a fixed order, so that every instance and both stores draw the same bytes: without an
            // ORDER BY, PostgreSQL returns rows and groups in whatever order its plan of the moment gives.
            var marks = await events
                .OrderBy(e => e.DateStart).ThenBy(e => e.Id)
                .Select(e => new OverviewMark(
                    e.Id, e.DateStart!.Value, e.DateEnd, e.Kind, e.Title,
                    e.Parties.Where(p => p.Role != PartyChip.Mentioned).OrderBy(p => p.Party!.Name).Select(p => p.Party!.Name).ToList(),
                    e.Parties.Where(p => p.Role == "mediator" || p.Role == "host").OrderBy(p => p.Party!.Name).Select(p => p.Party!.Name).ToList()))
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            return new OverviewData(months, lastDate, marks, []);
        }

        // Too many to draw one by one: per lane, how many of each kind fell in each month.
        var sides = Overview.Sides;
        var ids = await db.Parties.Where(p => sides.Contains(p.Name)).ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
        var sideIds = sides.Select(side => ids.GetValueOrDefault(side)).ToList();

        var lanes = sides.Select((side, i) => (Lane: side, Events: events.Where(e => e.Parties.Any(p => p.PartyId == sideIds[i] && p.Role != PartyChip.Mentioned))))
            .Append((Overview.Mediators, events.Where(e => e.Parties.Any(p => p.Role == "mediator" || p.Role == "host"))))
            .Append((Overview.Others, events.Where(e => !e.Parties.Any(p => p.Role != PartyChip.Mentioned)
                || e.Parties.Any(p => !sideIds.Contains(p.PartyId) && p.Role != "mediator" && p.Role != "host" && p.Role != PartyChip.Mentioned))))
            .ToList();
        var bins = new List<OverviewBin>();
        foreach (var (lane, inLane) in lanes)
        {
            var counts = await inLane.GroupBy(e => new { e.DateStart!.Value.Year, e.DateStart.Value.Month, e.Kind })
                .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken);
            bins.AddRange(counts.OrderBy(c => c.Year).ThenBy(c => c.Month).ThenBy(c => c.Kind, StringComparer.Ordinal)
                .Select(c => new OverviewBin(lane, new DateOnly(c.Year, c.Month, 1), c.Kind, c.Count)));
        }

        return new OverviewData(months, lastDate, [], bins);
    }

    /// <summary>What a view says of its filters: every message, and apart, by parameter, the values it refused.</summary>
    private sealed class Notices
    {
        public List<string> Messages { get; } = [];

        public Dictionary<string, string[]> Refused { get; } = [];

        public void Note(string message) => Messages.Add(message);

        public void Refuse(string parameter, string message)
        {
            Messages.Add(message);
            Refused[parameter] = Refused.TryGetValue(parameter, out var earlier) ? [.. earlier, message] : [message];
        }
    }
}
