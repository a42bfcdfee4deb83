using System.Globalization;

namespace PeaceTalks.Web.Pages.Timeline;

public sealed record OverviewLane(string Name, double Y);

public sealed record OverviewDot(int Id, double X, double Y, string Kind, string Label);

public sealed record OverviewSpan(string Name, string Slug, double X, double Width);

public sealed record OverviewMonth(string Key, string Label, double X, double Width, bool YearStart, int Count);

/// <summary>
/// The picture of the whole selection: one lane per side (Russia, Ukraine, the mediators and hosts, all
/// others), each event a dot in every lane it belongs to, rounds as spans, months as bands to filter by.
/// Events long before the rest (the 1994 memorandum) sit at the left edge, counted, so the years of the
/// talks keep their width.
/// </summary>
public sealed class Overview
{
    public const double Width = 1000;
    public const double Left = 90;
    public const double LaneHeight = 34;

    public static readonly string[] Kinds = TimelineQuery.Kinds;

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

    public static Overview? Build(IReadOnlyList<OverviewMark> marks, IReadOnlyList<(string Name, string Slug, DateOnly Start, DateOnly? End)> rounds)
    {
        if (marks.Count == 0)
        {
            return null;
        }

        var dates = marks.Select(m => m.DateStart).Order().ToList();
        var cut = dates[(int)(dates.Count * 0.05)];
        var start = new DateOnly(cut.Year, cut.Month, 1);
        var last = marks.Max(m => m.DateEnd ?? m.DateStart);
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        var overview = new Overview(start, end, marks.Count(m => m.DateStart < start));

        string[] lanes = ["Russia", "Ukraine", "Mediators", "Others"];
        for (var i = 0; i < lanes.Length; i++)
        {
            overview.Lanes.Add(new OverviewLane(lanes[i], 24 + (i + 1) * LaneHeight));
        }

        foreach (var mark in marks)
        {
            var x = overview.X(mark.DateStart < start ? start : mark.DateStart);
            var label = $"{mark.DateStart.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: {mark.Title}";
            var inLanes = new List<int>();
            if (mark.Parties.Contains("Russia"))
            {
                inLanes.Add(0);
            }

            if (mark.Parties.Contains("Ukraine"))
            {
                inLanes.Add(1);
            }

            if (mark.MediatorParties.Count > 0)
            {
                inLanes.Add(2);
            }

            if (mark.Parties.Except(["Russia", "Ukraine"]).Except(mark.MediatorParties).Any() || inLanes.Count == 0)
            {
                inLanes.Add(3);
            }

            overview.Dots.AddRange(inLanes.Select(lane => new OverviewDot(mark.Id, x, overview.Lanes[lane].Y, mark.Kind, label)));
        }

        foreach (var (name, slug, from, to) in rounds.Where(r => r.Start >= start && r.Start < end))
        {
            var x = overview.X(from);
            overview.Spans.Add(new OverviewSpan(name, slug, x, Math.Max(3, overview.X((to ?? from).AddDays(1)) - x)));
        }

        for (var month = start; month < end; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var next = month.AddMonths(1);
            overview.Months.Add(new OverviewMonth(key, month.ToString("MMM yyyy", CultureInfo.InvariantCulture), overview.X(month), overview.X(next) - overview.X(month),
                month.Month == 1 || month == start, marks.Count(m => m.DateStart >= month && m.DateStart < next)));
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
}
