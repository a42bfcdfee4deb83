namespace PeaceTalks.Core.Extraction.Dates;

internal sealed partial class DateScanner
{
    private const int MaxListedDays = 12;

    internal static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

    private static readonly int[] AbbreviatedMonths = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    private static readonly string[] RangeWords = ["to", "until", "till", "through", "thru"];

    /// <summary>early / mid / late: the days of a month and the months of a year each covers.</summary>
    private static readonly string[] PartWords = ["early", "mid", "late"];

    /// <summary>beginning / start / middle / end "of": same thirds as <see cref="PartWords"/>.</summary>
    private static readonly string[] OfPartWords = ["beginning", "start", "middle", "end"];

    private static readonly int[] OfPartThirds = [0, 0, 1, 2];

    private static readonly string[] Seasons = ["spring", "summer", "autumn", "fall", "winter"];

    private static readonly int[] SeasonFirstMonths = [3, 6, 9, 9, 12];

    /// <summary>A word before a phrase that makes it a range: "from 3 to 5 June", "between May and October 2023".</summary>
    private enum Lead
    {
        None,
        From,
        Between,
    }

    private enum Connector
    {
        None,
        Dash,
        To,
        And,
    }

    /// <summary>"from …" and "between …": only ranges keep the lead word; anything else starts after it.</summary>
    private DateHit? TryLead(int i)
    {
        var lead = IsWord(i, "from") ? Lead.From : IsWord(i, "between") ? Lead.Between : Lead.None;
        if (lead == Lead.None || !Space(i + 1))
        {
            return null;
        }

        DateHit? best = null;
        Take(ref best, TryDayFirst(i, i + 1, lead));
        Take(ref best, TryMonthFirst(i, i + 1, lead));
        Take(ref best, TryYearFirst(i, i + 1, lead));
        return best;
    }

    /// <summary>"28 February 2022", "1st of May", "3 and 7 March 2022", "14–17 March", "24 February to 7 April 2022".</summary>
    private DateHit? TryDayFirst(int first, int i, Lead lead)
    {
        DateHit? best = null;
        if (TryDayMonth(i, out var head, out var end))
        {
            if (lead == Lead.None)
            {
                Take(ref best, Finish(first, end, Point(first, end, head, DatePrecision.Day)));
            }

            var connector = TryConnector(end, lead, out var k);
            if (connector != Connector.None && TryDayMonth(k, out var tail, out var end2))
            {
                Take(ref best, connector == Connector.And && lead == Lead.None
                    ? Finish(first, end2, TwoPoints(first, end, head, k, end2, tail))
                    : Finish(first, end2, Range(first, end2, head, tail, DatePrecision.Day)));
            }
        }

        if (TryDay(i, 99, out var day, out var afterDay, out _))
        {
            var connector = TryConnector(afterDay, lead, out var k);
            if (connector != Connector.None && TryDay(k, 99, out var lastDay, out var afterLast, out var ordinal)
                && TryMonthTail(afterLast, ordinal, out var month, out var year, out var end2))
            {
                Take(ref best, Finish(first, end2, Range(
                    first, end2, DateSpec.OfDay(day, month, year), DateSpec.OfDay(lastDay, month, year), DatePrecision.Day)));
            }
            else if (lead == Lead.None && IsSymbol(afterDay, ','))
            {
                Take(ref best, TryDayList(first, day, afterDay));
            }
        }

        return best;
    }

    /// <summary>"3, 5 and 7 March 2022": the days from the first to the last listed.</summary>
    private DateHit? TryDayList(int first, int firstDay, int k)
    {
        var count = 1;
        while (count < MaxListedDays && Glued(k) && IsSymbol(k, ',') && Space(k + 1)
            && TryDay(k + 1, 99, out _, out var next, out _))
        {
            k = next;
            count++;
        }

        if (Glued(k) && IsSymbol(k, ','))
        {
            k++;
        }

        if (count < 2 || !Space(k) || !(IsWord(k, "and") || IsSymbol(k, '&')) || !Space(k + 1)
            || !TryDay(k + 1, 99, out var lastDay, out var afterLast, out var ordinal)
            || !TryMonthTail(afterLast, ordinal, out var month, out var year, out var end))
        {
            return null;
        }

        return Finish(first, end, Range(
            first, end, DateSpec.OfDay(firstDay, month, year), DateSpec.OfDay(lastDay, month, year), DatePrecision.Day));
    }

    /// <summary>"Feb 24", "February 24, 1962", "May 1st", "September 2022", "In June", "March and April 2022".</summary>
    private DateHit? TryMonthFirst(int first, int i, Lead lead)
    {
        if (!TryMonth(i, out var month, out var afterMonth, out var abbreviated))
        {
            return null;
        }

        DateHit? best = null;
        if (TryMonthDay(i, out var head, out var end))
        {
            if (lead == Lead.None)
            {
                Take(ref best, Finish(first, end, Point(first, end, head, DatePrecision.Day)));
            }

            var connector = TryConnector(end, lead, out var k);
            if (connector != Connector.None && TryMonthDay(k, out var tail, out var end2))
            {
                Take(ref best, connector == Connector.And && lead == Lead.None
                    ? Finish(first, end2, TwoPoints(first, end, head, k, end2, tail))
                    : Finish(first, end2, Range(first, end2, head, tail, DatePrecision.Day)));
            }

            // "March 14–17, 2022": a run of days inside one month, US order.
            if (head.Year == 0 && connector != Connector.None && TryDay(k, 31, out var lastDay, out var afterLast, out _))
            {
                var end3 = TryYearTail(afterLast, out var year, out var afterYear) ? afterYear : afterLast;
                Take(ref best, Finish(first, end3, Range(
                    first, end3, DateSpec.OfDay(head.Day, month, year), DateSpec.OfDay(lastDay, month, year), DatePrecision.Day)));
            }
        }

        var firstYear = 0;
        var afterFirst = afterMonth;
        if (Space(afterMonth) && TryYear(afterMonth, out var y))
        {
            firstYear = y;
            afterFirst++;
        }

        if (lead == Lead.None && (firstYear > 0 || (!abbreviated && HasBareMonthLead(i))))
        {
            Take(ref best, Finish(first, afterFirst, Point(first, afterFirst, DateSpec.OfMonth(month, firstYear), DatePrecision.Month)));
        }

        // "March and April 2022", "between May and October 2023", "May–October 2023".
        var monthConnector = TryConnector(afterFirst, lead, out var m2);
        if (monthConnector != Connector.None && !(monthConnector == Connector.And && lead == Lead.None && firstYear > 0)
            && TryMonth(m2, out var lastMonth, out var afterLastMonth, out var lastAbbreviated))
        {
            var lastYear = 0;
            if (Space(afterLastMonth) && TryYear(afterLastMonth, out var y2))
            {
                lastYear = y2;
                afterLastMonth++;
            }

            var anchored = firstYear > 0 || lastYear > 0 || lead != Lead.None
                || (!abbreviated && !lastAbbreviated && HasBareMonthLead(i));
            if (anchored)
            {
                Take(ref best, Finish(first, afterLastMonth, Range(
                    first, afterLastMonth, DateSpec.OfMonth(month, firstYear), DateSpec.OfMonth(lastMonth, lastYear), DatePrecision.Month)));
            }
        }

        return best;
    }

    /// <summary>"2022", "2014–2015", "from 2003 to 2014".</summary>
    private DateHit? TryYearFirst(int first, int i, Lead lead)
    {
        if (!TryYear(i, out var year))
        {
            return lead == Lead.None ? TryYearWithEra(i) : null;
        }

        DateHit? best = null;
        if (lead == Lead.None && !LooksLikeACount(i))
        {
            Take(ref best, Finish(first, i + 1, Point(first, i + 1, DateSpec.OfYear(year), DatePrecision.Year)));
            Take(ref best, TryYearWithEra(i));
        }

        // "the Minsk agreements of 2014 and 2015" are two years, not a period: "and" needs "between".
        var connector = TryConnector(i + 1, lead, out var k);
        if (connector != Connector.None && !(connector == Connector.And && lead == Lead.None)
            && TryYear(k, out var lastYear) && lastYear > year)
        {
            Take(ref best, Finish(first, k + 1, Range(
                first, k + 1, DateSpec.OfYear(year), DateSpec.OfYear(lastYear), DatePrecision.Year)));
        }

        return best;
    }

    /// <summary>"2024-11-29" (also with a time after it: "2024-11-29T10:00").</summary>
    private DateHit? TryIso(int i)
    {
        if (!TryYear(i, out var year) || !IsSymbol(i + 1, '-') || !Glued(i + 1)
            || !Glued(i + 2) || _tokens[i + 2].Kind != DateTokenKind.Number || _tokens[i + 2].Length != 2
            || !IsSymbol(i + 3, '-') || !Glued(i + 3)
            || !Glued(i + 4) || _tokens[i + 4].Kind != DateTokenKind.Number || _tokens[i + 4].Length != 2)
        {
            return null;
        }

        var month = _tokens[i + 2].Value;
        var day = _tokens[i + 4].Value;
        var end = i + 5;
        var item = month is >= 1 and <= 12
            ? Point(i, end, DateSpec.OfDay(day, month, year), DatePrecision.Day)
            : new DateItem(i, end, DateItemKind.Point, default, default, DatePrecision.Day,
                Invariant($"{Written(i, end)} is not a date: there is no month {month}"));
        var withTime = Glued(end) && IsWord(end, "T") && Glued(end + 1) && _tokens[end + 1].Kind == DateTokenKind.Number;
        return withTime ? new DateHit(i, end, [item]) : Finish(i, end, item);
    }

    /// <summary>"early April 2023", "mid-April", "late March 2022", "early 2023", "mid-2023".</summary>
    private DateHit? TryPartWord(int i)
    {
        var third = WordIndex(i, PartWords);
        if (third < 0)
        {
            return null;
        }

        int k;
        if (IsDash(i + 1) && Glued(i + 1) && Glued(i + 2))
        {
            k = i + 2;
        }
        else if (Space(i + 1))
        {
            k = i + 1;
        }
        else
        {
            return null;
        }

        return TryThirdOf(i, k, third);
    }

    /// <summary>
    /// "at the end of October 2022", "the beginning of April 2022", "the week of 9 May 2022",
    /// "summer 2023", "the winter of 2022–23", "Remainder of 2022".
    /// </summary>
    private DateHit? TryOfPhrase(int i)
    {
        var k = i;
        var startedWithAt = false;
        if (IsWord(k, "at"))
        {
            if (!Space(k + 1) || !IsWord(k + 1, "the"))
            {
                return null;
            }

            startedWithAt = true;
            k++;
        }

        if (IsWord(k, "the"))
        {
            if (!Space(k + 1))
            {
                return null;
            }

            k++;
        }

        var hasOf = Space(k + 1) && IsWord(k + 1, "of") && Space(k + 2);
        var ofPart = WordIndex(k, OfPartWords);
        if (ofPart >= 0)
        {
            return hasOf ? TryThirdOf(i, k + 2, OfPartThirds[ofPart]) : null;
        }

        if (startedWithAt)
        {
            return null;
        }

        if (IsWord(k, "week"))
        {
            if (!hasOf)
            {
                return null;
            }

            if (TryDayMonth(k + 2, out var day, out var end) || TryMonthDay(k + 2, out day, out end))
            {
                return Finish(i, end, new DateItem(i, end, DateItemKind.Week, day, day, DatePrecision.Part));
            }

            return null;
        }

        if (IsWord(k, "remainder") || IsWord(k, "rest"))
        {
            return hasOf && TryYear(k + 2, out var year)
                ? Finish(i, k + 3, Point(i, k + 3, DateSpec.OfYear(year), DatePrecision.Year))
                : null;
        }

        var season = WordIndex(k, Seasons);
        if (season >= 0)
        {
            var y = hasOf ? k + 2 : k + 1;
            return Space(y) && TryYear(y, out var year) ? SeasonHit(i, y, year, season) : null;
        }

        return null;
    }

    private DateHit? SeasonHit(int first, int yearToken, int year, int season)
    {
        var firstMonth = SeasonFirstMonths[season];
        var end = yearToken + 1;
        var lastYear = year;
        if (firstMonth == 12)
        {
            lastYear = year + 1;

            // "winter 2022–23", "winter 2022–2023": the winter that starts in the first year.
            if (IsDash(end) && Glued(end) && Glued(end + 1) && _tokens[end + 1].Kind == DateTokenKind.Number)
            {
                var next = _tokens[end + 1];
                if ((next.Length == 2 && next.Value == (year + 1) % 100) || (next.Length == 4 && next.Value == year + 1))
                {
                    end += 2;
                }
            }
        }

        var lastMonth = firstMonth == 12 ? 2 : firstMonth + 2;
        return Finish(first, end, Range(
            first, end, DateSpec.OfDay(1, firstMonth, year), DateSpec.OfDay(DateSpec.LastDay, lastMonth, lastYear), DatePrecision.Part));
    }

    /// <summary>The first, second or last third of the month or year at token k ("April 2023", "April", "2023").</summary>
    private DateHit? TryThirdOf(int first, int k, int third)
    {
        if (IsWord(k, "the") && Space(k + 1))
        {
            k++;
        }

        DateHit? era = null;
        Take(ref era, TryDecade(first, k, third));
        Take(ref era, TryCentury(first, k, third));
        if (era is not null)
        {
            return era;
        }

        if (TryMonth(k, out var month, out var end, out _))
        {
            var year = 0;
            if (Space(end) && TryYear(end, out var y))
            {
                year = y;
                end++;
            }

            var (fromDay, toDay) = third switch
            {
                0 => (1, 10),
                1 => (11, 20),
                _ => (21, DateSpec.LastDay),
            };
            return Finish(first, end, Range(
                first, end, DateSpec.OfDay(fromDay, month, year), DateSpec.OfDay(toDay, month, year), DatePrecision.Part));
        }

        if (TryYear(k, out var wholeYear))
        {
            var fromMonth = 1 + (4 * third);
            return Finish(first, k + 1, Range(
                first, k + 1, DateSpec.OfDay(1, fromMonth, wholeYear),
                DateSpec.OfDay(DateSpec.LastDay, fromMonth + 3, wholeYear), DatePrecision.Part));
        }

        return null;
    }

    /// <summary>Day [of] Month [Year]: "28 February 2022", "3 March", "1st of May".</summary>
    private bool TryDayMonth(int k, out DateSpec spec, out int end)
    {
        spec = default;
        end = k;
        if (!TryDay(k, 99, out var day, out var next, out var ordinal)
            || !TryMonthTail(next, ordinal, out var month, out var year, out end))
        {
            return false;
        }

        spec = DateSpec.OfDay(day, month, year);
        return true;
    }

    /// <summary>Month Day [[,] Year]: "Feb 24", "February 24, 1962", "May 1st".</summary>
    private bool TryMonthDay(int k, out DateSpec spec, out int end)
    {
        spec = default;
        end = k;
        if (!TryMonth(k, out var month, out var next, out _) || !Space(next)
            || !TryDay(next, 31, out var day, out end, out _))
        {
            return false;
        }

        var year = 0;
        if (TryYearTail(end, out var y, out var afterYear))
        {
            year = y;
            end = afterYear;
        }

        spec = DateSpec.OfDay(day, month, year);
        return true;
    }

    /// <summary>After the days: [of] Month [Year].</summary>
    private bool TryMonthTail(int k, bool allowOf, out int month, out int year, out int end)
    {
        year = 0;
        if (allowOf && Space(k) && IsWord(k, "of"))
        {
            k++;
        }

        if (!Space(k) || !TryMonth(k, out month, out end, out _))
        {
            month = 0;
            end = k;
            return false;
        }

        if (Space(end) && TryYear(end, out var y))
        {
            year = y;
            end++;
        }

        return true;
    }

    /// <summary>[,] Year, after a US-order day.</summary>
    private bool TryYearTail(int k, out int year, out int end)
    {
        var comma = Glued(k) && IsSymbol(k, ',');
        var j = comma ? k + 1 : k;
        if (Space(j) && TryYear(j, out year))
        {
            end = j + 1;
            return true;
        }

        // "June 9, 597": after a day and a comma, a number of up to four digits is the year, whatever its century.
        if (comma && Space(j) && Has(j) && _tokens[j].Kind == DateTokenKind.Number && _tokens[j].Length is 3 or 4 && _tokens[j].Value >= 100
            && !(Space(j + 1) && IsEraMarker(j + 1, BeforeCommonEraWords, out _)))
        {
            year = _tokens[j].Value;
            end = j + 1;
            return true;
        }

        year = 0;
        end = k;
        return false;
    }

    /// <summary>A day number of one or two digits, with an optional ordinal suffix ("1st").</summary>
    private bool TryDay(int k, int max, out int day, out int end, out bool ordinal)
    {
        day = 0;
        end = k;
        ordinal = false;
        if (!Has(k) || _tokens[k].Kind != DateTokenKind.Number || _tokens[k].Length > 2 || _tokens[k].Value > max)
        {
            return false;
        }

        day = _tokens[k].Value;
        end = k + 1;
        if (Glued(end) && WordIndex(end, OrdinalSuffixes) >= 0 && char.IsLower(SymbolAt(end)))
        {
            end++;
            ordinal = true;
        }

        return true;
    }

    /// <summary>A four-digit year from 1000 to 2099, not followed by an era before ours ("1200 BC").</summary>
    private bool TryYear(int k, out int year)
    {
        year = 0;
        if (!Has(k) || _tokens[k].Kind != DateTokenKind.Number || _tokens[k].Length != 4
            || _tokens[k].Value is < 1000 or > 2099 || (Space(k + 1) && IsEraMarker(k + 1, BeforeCommonEraWords, out _)))
        {
            return false;
        }

        year = _tokens[k].Value;
        return true;
    }

    /// <summary>A capitalised month name ("May", not "may"), or an abbreviation with an optional dot ("Feb.").</summary>
    private bool TryMonth(int k, out int month, out int end, out bool abbreviated)
    {
        month = 0;
        end = k;
        abbreviated = false;
        if (!Has(k) || _tokens[k].Kind != DateTokenKind.Word || _tokens[k].Length is < 3 or > 9)
        {
            return false;
        }

        var chars = Chars(k);
        for (var m = 0; m < MonthNames.Length; m++)
        {
            if (chars.Equals(MonthNames[m], StringComparison.Ordinal))
            {
                month = m + 1;
                end = k + 1;
                return true;
            }
        }

        for (var a = 0; a < MonthAbbreviations.Length; a++)
        {
            if (chars.Equals(MonthAbbreviations[a], StringComparison.Ordinal))
            {
                month = AbbreviatedMonths[a];
                abbreviated = true;

                // The dot belongs to the phrase only when the phrase goes on: "Feb. 24", not "in Dec."
                var dotted = IsSymbol(k + 1, '.') && Glued(k + 1) && Space(k + 2) && _tokens[k + 2].Kind == DateTokenKind.Number;
                end = dotted ? k + 2 : k + 1;
                return true;
            }
        }

        return false;
    }

    private bool HasBareMonthLead(int i) => Space(i) && IsAnyWord(i - 1, BareMonthLeads);

    /// <summary>A word or dash that joins the two ends of a range, if <paramref name="lead"/> allows it.</summary>
    private Connector TryConnector(int k, Lead lead, out int next)
    {
        next = k;
        var connector = Connector.None;
        if (IsDash(k) && Joined(k) && Joined(k + 1))
        {
            connector = Connector.Dash;
        }
        else if (Space(k) && Space(k + 1) && IsAnyWord(k, RangeWords))
        {
            connector = Connector.To;
        }
        else if (Space(k) && Space(k + 1) && (IsWord(k, "and") || IsSymbol(k, '&')))
        {
            connector = Connector.And;
        }

        var allowed = lead switch
        {
            Lead.From => connector is Connector.Dash or Connector.To,
            Lead.Between => connector is Connector.Dash or Connector.And,
            _ => true,
        };
        if (!allowed || connector == Connector.None)
        {
            return Connector.None;
        }

        next = k + 1;
        return connector;
    }

    private static DateItem Point(int first, int end, DateSpec spec, DatePrecision precision) =>
        new(first, end, DateItemKind.Point, spec, spec, precision);

    private static DateItem Range(int first, int end, DateSpec head, DateSpec tail, DatePrecision precision) =>
        new(first, end, DateItemKind.Range, head, tail, precision);

    /// <summary>"3 March and 5 April 2022": two days; the first takes its year from the second.</summary>
    private static DateItem[] TwoPoints(int first, int end, DateSpec one, int secondFirst, int secondEnd, DateSpec two)
    {
        if (one.Year == 0 && two.Year > 0)
        {
            one = one with { Year = one.Order(false) > two.Order(false) ? two.Year - 1 : two.Year };
        }

        return
        [
            Point(first, end, one, DatePrecision.Day),
            Point(secondFirst, secondEnd, two, DatePrecision.Day),
        ];
    }
}
