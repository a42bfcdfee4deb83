using System.Globalization;

namespace PeaceTalks.Core.Extraction.Dates;

internal sealed partial class DateScanner
{
    private static readonly int[] MostDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Resolves the year of an item, checks its days and adds it as a phrase or a problem.</summary>
    private void Emit(DateItem item, List<DatePhrase> phrases, List<DateProblem> problems)
    {
        var start = _tokens[item.FirstToken].Start;
        var length = _tokens[item.EndToken - 1].End - start;
        var written = _text.Substring(start, length);
        var outcome = Resolve(item, written);
        if (outcome.Problem is not null)
        {
            problems.Add(new DateProblem(start, length, written, outcome.Problem));
        }
        else
        {
            phrases.Add(new DatePhrase(start, length, written, outcome.Start, outcome.End, item.Precision, outcome.YearInferred));
        }
    }

    private readonly record struct Outcome(DateOnly Start, DateOnly? End, bool YearInferred, string? Problem);

    private Outcome Resolve(DateItem item, string written)
    {
        if (item.Problem is not null)
        {
            return Failed(item.Problem);
        }

        var head = item.From;
        var tail = item.Kind == DateItemKind.Range ? item.To : item.From;
        var inferred = false;
        if (item.Kind == DateItemKind.Range)
        {
            // A range that runs over New Year ("26 December to 3 January 2023") starts in the year before.
            var wraps = head.Order(false) > tail.Order(true);
            if (head.Year == 0 && tail.Year == 0 && _contextYear is int context)
            {
                head = head with { Year = context };
                tail = tail with { Year = wraps ? context + 1 : context };
                inferred = true;
            }
            else if (head.Year == 0 && tail.Year > 0)
            {
                head = head with { Year = wraps ? tail.Year - 1 : tail.Year };
            }
            else if (tail.Year == 0 && head.Year > 0)
            {
                tail = tail with { Year = wraps ? head.Year + 1 : head.Year };
            }
        }
        else if (head.Year == 0 && _contextYear is int context)
        {
            head = tail = head with { Year = context };
            inferred = true;
        }

        var single = item.Kind != DateItemKind.Range;
        var dayProblem = DayProblem(head, single ? written : null) ?? (single ? null : DayProblem(tail, null));
        if (dayProblem is not null)
        {
            return Failed(dayProblem);
        }

        if (head.Year == 0 || tail.Year == 0)
        {
            return Failed(Invariant($"no year for '{written}': neither the text nor the heading gives one"));
        }

        var startDate = new DateOnly(head.Year, head.Month == 0 ? 1 : head.Month, head.Day > 0 ? head.Day : 1);
        DateOnly? endDate = item.Kind switch
        {
            DateItemKind.Range => EndOf(tail),
            DateItemKind.Week => startDate.AddDays(6),
            _ => null,
        };
        if (endDate < startDate)
        {
            return Failed(Invariant(
                $"{written} is not a period: it ends on {endDate.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} before it starts on {startDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"));
        }

        return new Outcome(startDate, endDate, inferred, null);
    }

    private static Outcome Failed(string problem) => new(default, null, false, problem);

    private static DateOnly EndOf(DateSpec spec)
    {
        var month = spec.Month == 0 ? 12 : spec.Month;
        var day = spec.Day > 0 ? spec.Day : DateTime.DaysInMonth(spec.Year, month);
        return new DateOnly(spec.Year, month, day);
    }

    /// <summary>
    /// Why the day of <paramref name="spec"/> does not exist, or null when it does (or there is no day).
    /// The problem names the phrase as written, or for one end of a range (<paramref name="written"/> null) that end.
    /// </summary>
    private static string? DayProblem(DateSpec spec, string? written)
    {
        if (spec.Day < 0 || spec.Month is < 1 or > 12)
        {
            return null;
        }

        var label = written ?? Render(spec);

        if (spec.Day == 0)
        {
            return Invariant($"{label} is not a date: there is no day 0");
        }

        var name = MonthNames[spec.Month - 1];
        if (spec.Year > 0)
        {
            var days = DateTime.DaysInMonth(spec.Year, spec.Month);
            return spec.Day > days ? Invariant($"{label} is not a date: {name} {spec.Year} has {days} days") : null;
        }

        var most = MostDays[spec.Month - 1];
        if (spec.Day <= most)
        {
            return null;
        }

        return spec.Month == 2
            ? Invariant($"{label} is not a date: February never has more than 29 days")
            : Invariant($"{label} is not a date: {name} has {most} days");
    }

    /// <summary>One end of a range, written out: "32 March 2022".</summary>
    private static string Render(DateSpec spec)
    {
        var text = spec.Day > 0 ? Invariant($"{spec.Day} {MonthNames[spec.Month - 1]}") : MonthNames[spec.Month - 1];
        return spec.Year > 0 ? Invariant($"{text} {spec.Year}") : text;
    }

    private string Written(int first, int end) =>
        _text.Substring(_tokens[first].Start, _tokens[end - 1].End - _tokens[first].Start);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
