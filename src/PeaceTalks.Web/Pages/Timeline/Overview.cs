using System.Globalization;

namespace PeaceTalks.Web.Pages.Timeline;

/// <summary>An event as a mark on the overview: when, what kind, and which lanes it belongs in.</summary>
public sealed record OverviewMark(int Id, DateOnly DateStart, DateOnly? DateEnd, string Kind, string Title, IReadOnlyList<string> Parties, IReadOnlyList<string> MediatorParties);

/// <summary>How many events of a selection start in a month (the first of it).</summary>
public sealed record MonthCount(DateOnly Month, int Count);

/// <summary>How many events of one kind fell in one lane in one month, for selections too large to draw one by one.</summary>
public sealed record OverviewBin(string Lane, DateOnly Month, string Kind, int Count);

/// <summary>What the overview is drawn from: the month counts, and either each event or the counts per lane and month.</summary>
public sealed record OverviewData(IReadOnlyList<MonthCount> Months, DateOnly LastDate, IReadOnlyList<OverviewMark> Marks, IReadOnlyList<OverviewBin> Bins);

public sealed record OverviewLane(string Name, double Y);

/// <summary>A dot: one event (it links to the event), or the events of a lane in a month (it links to that month).</summary>
public sealed record OverviewDot(int? EventId, string? MonthKey, double X, double Y, double Radius, string Kind, string Label);

public sealed record OverviewSpan(string Name, string Slug, double X, double Width);

public sealed record OverviewMonth(string Key, string Label, double X, double Width, bool YearStart, int Count);

/// <summary>
/// The picture of the whole selection: one lane per side (Russia, Ukraine, the mediators and hosts, all
/// others), each event a dot in every lane it belongs to, rounds as spans, months as bands to filter by.
/// A selection too large to draw event by event gets one dot per lane and month, sized by its count.
/// Events long before the rest (the first 5 %) sit at the left edge, counted, so the busy years keep
/// their width.
/// </summary>
public sealed class Overview
{
    public const double Width = 1000;
    public const double Left = 90;
    public const double LaneHeight = 34;
    public const string Russia = "Russia";
    public const string Ukraine = "Ukraine";
    public const string Mediators = "Mediators";
    public const string Others = "Others";

    public static readonly string[] Kinds = TimelineQuery.Kinds;

    private static readonly string[] LaneNames = [Russia, Ukraine, Mediators, Others];

    private Overview(DateOnly start, DateOnly end, int earlier)
    {
        Start = start;
        End = end;
        Earlier = earlier;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Earlier { get; }

    public List<OverviewLane> Lanes { get; } = [];

    public List<OverviewDot> Dots { get; } = [];

    public List<OverviewSpan> Spans { get; } = [];

    public List<OverviewMonth> Months { get; } = [];

    public double Height => 24 + (Lanes.Count + 1) * LaneHeight + 24;

    public static Overview? Build(OverviewData? data, IReadOnlyList<(string Name, string Slug, DateOnly Start, DateOnly? End)> rounds)
    {
        if (data is null || data.Months.Count == 0)
        {
            return null;
        }

        // The month of the event at the 5th percentile, in date order: the left edge.
        var cut = (int)(data.Months.Sum(m => m.Count) * 0.05);
        var earlier = 0;
        var start = data.Months[^1].Month;
        foreach (var month in data.Months)
        {
            if (earlier + month.Count > cut)
            {
                start = month.Month;
                break;
            }

            earlier += month.Count;
        }

        var end = new DateOnly(data.LastDate.Year, data.LastDate.Month, 1).AddMonths(1);
        var overview = new Overview(start, end, earlier);
        for (var i = 0; i < LaneNames.Length; i++)
        {
            overview.Lanes.Add(new OverviewLane(LaneNames[i], 24 + (i + 1) * LaneHeight));
        }

        overview.AddEvents(data.Marks);
        overview.AddBins(data.Bins);

        foreach (var (name, slug, from, to) in rounds.Where(r => r.Start >= start && r.Start < end))
        {
            var x = overview.X(from);
            overview.Spans.Add(new OverviewSpan(name, slug, x, Math.Max(3, overview.X((to ?? from).AddDays(1)) - x)));
        }

        var counts = data.Months.ToDictionary(m => m.Month, m => m.Count);
        for (var month = start; month < end; month = month.AddMonths(1))
        {
            var next = month.AddMonths(1);
            overview.Months.Add(new OverviewMonth(MonthKey(month), month.ToString("MMM yyyy", CultureInfo.InvariantCulture), overview.X(month), overview.X(next) - overview.X(month),
                month.Month == 1 || month == start, counts.GetValueOrDefault(month)));
        }

        return overview;
    }

    public double X(DateOnly date)
    {
        var span = Math.Max(1, End.DayNumber - Start.DayNumber);
        var at = Math.Clamp(date.DayNumber - Start.DayNumber, 0, span);
        return Math.Round(Left + ((Width - Left - 10) * at / span), 1);
    }

    /// <summary>A colour per kind, chosen to stay apart for colour-blind readers and in dark mode.</summary>
    public static string Colour(string kind) => kind switch
    {
        "round" => "#0072b2",
        "meeting" => "#56b4e9",
        "summit" => "#009e73",
        "statement" => "#8c8c8c",
        "proposal" => "#e69f00",
        "agreement" => "#cc79a7",
        "poll" => "#9467bd",
        "military" => "#d55e00",
        _ => "#b8a000",
    };

    private static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private void AddEvents(IReadOnlyList<OverviewMark> marks)
    {
        foreach (var mark in marks)
        {
            var x = X(mark.DateStart < Start ? Start : mark.DateStart);
            var label = $"{mark.DateStart.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: {mark.Title}";
            var inLanes = new List<int>();
            if (mark.Parties.Contains(Russia))
            {
                inLanes.Add(0);
            }

            if (mark.Parties.Contains(Ukraine))
            {
                inLanes.Add(1);
            }

            if (mark.MediatorParties.Count > 0)
            {
                inLanes.Add(2);
            }

            if (mark.Parties.Except([Russia, Ukraine]).Except(mark.MediatorParties).Any() || inLanes.Count == 0)
            {
                inLanes.Add(3);
            }

            Dots.AddRange(inLanes.Select(lane => new OverviewDot(mark.Id, null, x, Lanes[lane].Y, 5, mark.Kind, label)));
        }
    }

    /// <summary>One dot per lane and month, its area in proportion to its count, its colour the most common kind.</summary>
    private void AddBins(IReadOnlyList<OverviewBin> bins)
    {
        if (bins.Count == 0)
        {
            return;
        }

        // Months before the left edge are drawn as one dot per lane at the edge, like single events are.
        var cells = bins.GroupBy(b => (b.Lane, Month: b.Month < Start ? (DateOnly?)null : b.Month))
            .Select(g => (g.Key.Lane, g.Key.Month, Count: g.Sum(b => b.Count),
                Kinds: g.GroupBy(b => b.Kind).Select(k => (Kind: k.Key, Count: k.Sum(b => b.Count))).OrderByDescending(k => k.Count).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList()))
            .ToList();
        var largest = cells.Max(c => c.Count);
        foreach (var cell in cells)
        {
            var lane = Lanes[Array.IndexOf(LaneNames, cell.Lane)];
            var x = cell.Month is { } month ? (X(month) + X(month.AddMonths(1))) / 2 : X(Start);
            var when = cell.Month is { } m ? m.ToString("MMM yyyy", CultureInfo.InvariantCulture) : $"before {Start.ToString("MMM yyyy", CultureInfo.InvariantCulture)}";
            var kinds = string.Join(", ", cell.Kinds.Take(3).Select(k => $"{k.Count} {k.Kind}"));
            var label = $"{cell.Lane}, {when}: {cell.Count} event(s) ({kinds}{(cell.Kinds.Count > 3 ? ", …" : "")})";
            var radius = Math.Round(2 + (7 * Math.Sqrt((double)cell.Count / largest)), 1);
            Dots.Add(new OverviewDot(null, cell.Month is { } key ? MonthKey(key) : null, Math.Round(x, 1), lane.Y, radius, cell.Kinds[0].Kind, label));
        }
    }
}
