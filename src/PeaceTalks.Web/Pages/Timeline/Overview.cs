using System.Globalization;
using PeaceTalks.Core.Extraction.Entities;

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

/// <summary>A dot: one event (it links to the event), or the events of a lane in a band (it links to that band's filter).</summary>
public sealed record OverviewDot(int? EventId, OverviewFilter? Filter, double X, double Y, double Radius, string Kind, string Label);

/// <summary>The timeline filter a band or dot sets: a month ("month", "2022-03") or a year ("year", "2022").</summary>
public sealed record OverviewFilter(string Key, string Value);

public sealed record OverviewSpan(string Name, string Slug, double X, double Width);

/// <summary>A month or a year across the lanes, with its count; <paramref name="Axis"/> is the label over it, if any.</summary>
public sealed record OverviewBand(OverviewFilter Filter, string Label, double X, double Width, string? Axis, int Count);

/// <summary>
/// The picture of the whole selection: one lane per side of the conflict (the gazetteer's sides), one for the
/// mediators and hosts, one for all others, each event a dot in every lane it belongs to, rounds as spans, months as bands to filter by.
/// A selection too large to draw event by event gets one dot per lane and band, sized by its count; a
/// selection over more than ten years is banded by year, not month, so the picture stays one screen wide.
/// Events long before the rest (the first 5 %) sit at the left edge, counted, so the busy years keep
/// their width.
/// </summary>
public sealed class Overview
{
    public const double Width = 1000;
    public const double Left = 90;
    public const double LaneHeight = 34;
    /// <summary>The sides of the conflict, each a lane, as the gazetteer names them (<c>"side": true</c>).</summary>
    public static readonly IReadOnlyList<string> Sides = Gazetteer.Default.Sides;

    public const string Mediators = "Mediators";
    public const string Others = "Others";

    /// <summary>
    /// The narrowest a mark is drawn, in the picture's units: a one-day round is a bar as wide as a dot. On a phone the
    /// picture keeps at least <see cref="NaturalWidth"/> pixels and scrolls, so a unit stays at least a pixel.
    /// </summary>
    public const double MinMark = 8;

    /// <summary>Beyond this many months, the bands are years.</summary>
    public const int MaxMonthBands = 120;

    public static readonly string[] Kinds = TimelineQuery.Kinds;

    private static readonly string[] LaneNames = [.. Sides, Mediators, Others];

    private Overview(DateOnly start, DateOnly end, int earlier, bool byYear)
    {
        Start = start;
        End = end;
        Earlier = earlier;
        ByYear = byYear;
    }

    /// <summary>Whether the bands are years (a long selection) rather than months.</summary>
    public bool ByYear { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Earlier { get; }

    public List<OverviewLane> Lanes { get; } = [];

    public List<OverviewDot> Dots { get; } = [];

    public List<OverviewSpan> Spans { get; } = [];

    public List<OverviewBand> Bands { get; } = [];

    public double Height => 24 + (Lanes.Count + 1) * LaneHeight + 24;

    /// <summary>
    /// The picture's width in pixels where nothing scales it down (a phone): one pixel a unit, wider when the bands
    /// are narrower than a mark (ten years of months), so that every band is still 8 px wide.
    /// </summary>
    public int NaturalWidth => (int)Math.Ceiling(Width * Math.Max(1, MinMark / Math.Max(0.1, Bands.Count == 0 ? MinMark : Bands.Min(b => b.Width))));

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
        var byYear = ((end.Year - start.Year) * 12) + end.Month - start.Month > MaxMonthBands;
        if (byYear)
        {
            start = new DateOnly(start.Year, 1, 1);
            end = new DateOnly(data.LastDate.Year + 1, 1, 1);
            earlier = data.Months.Where(m => m.Month < start).Sum(m => m.Count);
        }

        var overview = new Overview(start, end, earlier, byYear);
        for (var i = 0; i < LaneNames.Length; i++)
        {
            overview.Lanes.Add(new OverviewLane(LaneNames[i], 24 + (i + 1) * LaneHeight));
        }

        overview.AddEvents(data.Marks);
        overview.AddBins(data.Bins);

        foreach (var (name, slug, from, to) in rounds.Where(r => r.Start >= start && r.Start < end))
        {
            var x = overview.X(from);
            overview.Spans.Add(new OverviewSpan(name, slug, x, Math.Round(Math.Max(MinMark, overview.X((to ?? from).AddDays(1)) - x), 1)));
        }

        var counts = data.Months.GroupBy(m => overview.BandOf(m.Month)).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));
        var step = byYear ? AxisStep(end.Year - start.Year) : 1;
        for (var band = start; band < end; band = overview.Next(band))
        {
            var label = band.ToString(byYear ? "yyyy" : "MMM yyyy", CultureInfo.InvariantCulture);
            // The first band is labelled too, unless the next label stands so close that the two would overlap.
            var axis = byYear
                ? (band.Year % step == 0 || (band == start && step - (band.Year % step) > step / 2) ? label : null)
                : (band.Month == 1 || (band == start && band.Month <= 10) ? label[^4..] : null);
            overview.Bands.Add(new OverviewBand(overview.FilterFor(band), label, overview.X(band), Math.Round(overview.X(overview.Next(band)) - overview.X(band), 1), axis, counts.GetValueOrDefault(band)));
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

    /// <summary>Years between axis labels, so that about a dozen stand over the picture: 1, 2, 5, 10, 20, 50…</summary>
    private static int AxisStep(int years)
    {
        int[] steps = [1, 2, 5];
        for (var scale = 1; ; scale *= 10)
        {
            foreach (var step in steps)
            {
                if (years / (step * scale) <= 12)
                {
                    return step * scale;
                }
            }
        }
    }

    private DateOnly BandOf(DateOnly date) => ByYear ? new DateOnly(date.Year, 1, 1) : new DateOnly(date.Year, date.Month, 1);

    private DateOnly Next(DateOnly band) => ByYear ? band.AddYears(1) : band.AddMonths(1);

    private OverviewFilter FilterFor(DateOnly band) => ByYear
        ? new OverviewFilter("year", band.ToString("yyyy", CultureInfo.InvariantCulture))
        : new OverviewFilter("month", band.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    private void AddEvents(IReadOnlyList<OverviewMark> marks)
    {
        foreach (var mark in marks)
        {
            var x = X(mark.DateStart < Start ? Start : mark.DateStart);
            var label = $"{mark.DateStart.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: {mark.Title}";
            var inLanes = Enumerable.Range(0, Sides.Count).Where(side => mark.Parties.Contains(Sides[side])).ToList();
            if (mark.MediatorParties.Count > 0)
            {
                inLanes.Add(Sides.Count);
            }

            if (mark.Parties.Except(Sides).Except(mark.MediatorParties).Any() || inLanes.Count == 0)
            {
                inLanes.Add(Sides.Count + 1);
            }

            Dots.AddRange(inLanes.Select(lane => new OverviewDot(mark.Id, null, x, Lanes[lane].Y, 5, mark.Kind, label)));
        }
    }

    /// <summary>One dot per lane and band, its area in proportion to its count, its colour the most common kind.</summary>
    private void AddBins(IReadOnlyList<OverviewBin> bins)
    {
        if (bins.Count == 0)
        {
            return;
        }

        // Bands before the left edge are drawn as one dot per lane at the edge, like single events are.
        var cells = bins.GroupBy(b => (b.Lane, Band: b.Month < Start ? (DateOnly?)null : BandOf(b.Month)))
            .Select(g => (g.Key.Lane, g.Key.Band, Count: g.Sum(b => b.Count),
                Kinds: g.GroupBy(b => b.Kind).Select(k => (Kind: k.Key, Count: k.Sum(b => b.Count))).OrderByDescending(k => k.Count).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList()))
            .ToList();
        var largest = cells.Max(c => c.Count);
        foreach (var cell in cells)
        {
            var lane = Lanes[Array.IndexOf(LaneNames, cell.Lane)];
            var x = cell.Band is { } band ? (X(band) + X(Next(band))) / 2 : X(Start);
            var format = ByYear ? "yyyy" : "MMM yyyy";
            var when = cell.Band is { } b ? b.ToString(format, CultureInfo.InvariantCulture) : $"before {Start.ToString(format, CultureInfo.InvariantCulture)}";
            var kinds = string.Join(", ", cell.Kinds.Take(3).Select(k => $"{k.Count} {k.Kind}"));
            var label = $"{cell.Lane}, {when}: {cell.Count} event(s) ({kinds}{(cell.Kinds.Count > 3 ? ", …" : "")})";
            // The smallest is still a dot one can see and hit: 8 units across, as wide as a single event's.
            var radius = Math.Round(4 + (6 * Math.Sqrt((double)cell.Count / largest)), 1);
            Dots.Add(new OverviewDot(null, cell.Band is { } key ? FilterFor(key) : null, Math.Round(x, 1), lane.Y, radius, cell.Kinds[0].Kind, label));
        }
    }
}
