namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>Decades, centuries and era markers: "the 1830s", "the early 17th century", "476 AD", "44 BC".</summary>
internal sealed partial class DateScanner
{
    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly string[] CommonEraWords = ["AD", "CE"];

    private static readonly string[] BeforeCommonEraWords = ["BC", "BCE"];

    /// <summary>Words after which a four-digit number is a year, not a count ("in 1500", but "1500 soldiers").</summary>
    private static readonly string[] YearLeads =
    [
        "in", "on", "by", "since", "until", "till", "from", "early", "mid", "late", "during", "circa", "c", "ca", "year",
        "before", "after", "through", "throughout", "between", "spring", "summer", "autumn", "fall", "winter",
    ];

    /// <summary>Words ending in s that commonly follow a year ("1863 was", "2014 saw").</summary>
    private static readonly string[] VerbsAfterYear = ["was", "is", "has", "saw", "as", "its", "this", "marks", "brings", "sees", "witnesses", "proves"];

    private const string BeforeCommonEra = "it is a date before the common era, which the timeline does not place";

    /// <summary>A four-digit number followed by a plural noun and no lead that makes it a year is a count: "1500 soldiers".</summary>
    private bool LooksLikeACount(int i)
    {
        var next = i + 1;
        if (!Space(next) || _tokens[next].Kind != DateTokenKind.Word || !char.IsLower(_text[_tokens[next].Start]))
        {
            return false;
        }

        var word = Chars(next);
        return word.Length > 2 && word[^1] == 's' && !IsAnyWord(next, VerbsAfterYear) && !(Space(i) && IsAnyWord(i - 1, YearLeads));
    }

    /// <summary>"AD 476", "A.D. 800".</summary>
    private DateHit? TryEraFirst(int i)
    {
        var k = IsEraMarker(i, CommonEraWords, out var after) ? after : -1;
        if (k < 0 || !Space(k) || !Has(k) || _tokens[k].Kind != DateTokenKind.Number || _tokens[k].Length > 4 || _tokens[k].Value < 1)
        {
            return null;
        }

        return Finish(i, k + 1, Point(i, k + 1, DateSpec.OfYear(_tokens[k].Value), DatePrecision.Year));
    }

    /// <summary>"476 AD", "1066 CE": a year of one to four digits with its era.</summary>
    private DateHit? TryYearWithEra(int i)
    {
        if (!Has(i) || _tokens[i].Kind != DateTokenKind.Number || _tokens[i].Length > 4 || _tokens[i].Value < 1
            || !Space(i + 1) || !IsEraMarker(i + 1, CommonEraWords, out var end))
        {
            return null;
        }

        return Finish(i, end, Point(i, end, DateSpec.OfYear(_tokens[i].Value), DatePrecision.Year));
    }

    /// <summary>"44 BC", "1200 BCE", "3000 B.C.": dates the timeline cannot place, reported, never read as years of the common era.</summary>
    private DateHit? TryBeforeCommonEra(int i)
    {
        if (!Has(i) || _tokens[i].Kind != DateTokenKind.Number || _tokens[i].Length > 5 || !Space(i + 1) || !IsEraMarker(i + 1, BeforeCommonEraWords, out var end))
        {
            return null;
        }

        return new DateHit(i, end, [new DateItem(i, end, DateItemKind.Point, default, default, DatePrecision.Year, BeforeCommonEra)]);
    }

    /// <summary>"AD", "CE", "BC", "BCE", "A.D.", "B.C.", "B.C.E.": the end token after the marker.</summary>
    private bool IsEraMarker(int k, string[] words, out int end)
    {
        end = k;
        if (IsAnyWord(k, words) && AllUpper(Chars(k)))
        {
            end = k + 1;
            return true;
        }

        // Dotted: A.D. / B.C. / B.C.E.
        var letters = new System.Text.StringBuilder();
        var j = k;
        while (Has(j) && _tokens[j].Kind == DateTokenKind.Word && _tokens[j].Length == 1 && char.IsUpper(_text[_tokens[j].Start])
            && IsSymbol(j + 1, '.') && Glued(j + 1) && (j == k || Glued(j)))
        {
            letters.Append(_text[_tokens[j].Start]);
            j += 2;
        }

        if (letters.Length >= 2 && words.Contains(letters.ToString(), StringComparer.Ordinal))
        {
            end = j;
            return true;
        }

        return false;
    }

    /// <summary>A month or season name: "May of 2022", "the summer of 1777" are times, not things named by a year.</summary>
    internal static bool IsTimeWord(string word) =>
        MonthNames.Contains(word, StringComparer.OrdinalIgnoreCase) || Seasons.Contains(word, StringComparer.OrdinalIgnoreCase)
        || word.Equals("year", StringComparison.OrdinalIgnoreCase) || word.Equals("years", StringComparison.OrdinalIgnoreCase);

    private static bool AllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the 1830s", "1990's", "the 1800s" (a century), with a part word before it ("the early 1830s").
    /// <paramref name="third"/> is the part (0 early, 1 mid, 2 late) or -1 for the whole.
    /// </summary>
    private DateHit? TryDecade(int first, int i, int third)
    {
        if (!TryYear(i, out var year) || year % 10 != 0)
        {
            return null;
        }

        var end = i + 1;
        if (IsSymbol(end, '\'') && Glued(end) && Glued(end + 1) && IsWord(end + 1, "s"))
        {
            end += 2;
        }
        else if (Glued(end) && IsWord(end, "s"))
        {
            end++;
        }
        else
        {
            return null;
        }

        var century = year % 100 == 0;
        var span = century ? 100 : 10;
        var (from, to) = Part(year, span, third);

        // "1960s–1990s": a run of decades; "1980s–present": from a decade on, dated by its start.
        if (IsDash(end) && Glued(end) && Glued(end + 1))
        {
            if (TryYear(end + 1, out var last) && last % 10 == 0 && last > year && Glued(end + 2) && IsWord(end + 2, "s"))
            {
                var lastSpan = last % 100 == 0 ? 100 : 10;
                return Finish(first, end + 3, Range(first, end + 3, DateSpec.OfYear(from), DateSpec.OfYear(last + lastSpan - 1), century ? DatePrecision.Century : DatePrecision.Decade));
            }

            if (IsAnyWord(end + 1, OpenEnds))
            {
                return new DateHit(first, end + 2, [Range(first, end, DateSpec.OfYear(from), DateSpec.OfYear(to), century ? DatePrecision.Century : DatePrecision.Decade)]);
            }
        }

        if (Space(end) && IsEraMarker(end, BeforeCommonEraWords, out var bce))
        {
            return new DateHit(first, bce, [new DateItem(first, bce, DateItemKind.Point, default, default, DatePrecision.Year, BeforeCommonEra)]);
        }

        return Finish(first, end, Range(first, end, DateSpec.OfYear(from), DateSpec.OfYear(to), century ? DatePrecision.Century : DatePrecision.Decade));
    }

    /// <summary>
    /// "the 16th century", "the nineteenth century", "the early 17th century", "the 18th and 19th centuries",
    /// "the late 18th and early 19th centuries"; "16th-century" is an adjective and names a thing, so it is not matched.
    /// </summary>
    private DateHit? TryCentury(int first, int i, int third)
    {
        if (!TryOrdinal(i, out var n, out var after) || n > 21)
        {
            return null;
        }

        var lastN = n;
        var lastThird = third;
        var k = after;
        if ((Space(k) && (IsWord(k, "and") || IsAnyWord(k, RangeWords))) || (IsDash(k) && Joined(k) && Joined(k + 1) && !IsWord(k + 1, "century")))
        {
            var j = k + 1;
            if (Space(j) && IsWord(j, "the"))
            {
                j++;
            }

            var partAt = WordIndex(j, PartWords);
            if (partAt >= 0)
            {
                j = IsDash(j + 1) && Glued(j + 1) ? j + 2 : Space(j + 1) ? j + 1 : j;
            }

            if (TryOrdinal(j, out var n2, out var after2) && n2 > n && n2 <= 21 && Space(after2) && IsAnyWord(after2, ["century", "centuries"]))
            {
                (lastN, lastThird, k) = (n2, partAt, after2);
            }
        }

        if (!Space(k) || !IsAnyWord(k, ["century", "centuries"]) || (IsWord(k, "centuries") && lastN == n))
        {
            return null;
        }

        var end = k + 1;
        if (Space(end) && IsEraMarker(end, BeforeCommonEraWords, out var bce))
        {
            return new DateHit(first, bce, [new DateItem(first, bce, DateItemKind.Point, default, default, DatePrecision.Century, BeforeCommonEra)]);
        }

        if (Space(end) && IsEraMarker(end, CommonEraWords, out var ce))
        {
            end = ce;
        }

        var (from, _) = Part((n - 1) * 100, 100, third);
        var (_, to) = Part((lastN - 1) * 100, 100, lastThird);
        return Finish(first, end, Range(first, end, DateSpec.OfYear(Math.Max(1, from)), DateSpec.OfYear(Math.Max(1, to)), DatePrecision.Century));
    }

    /// <summary>"17th", "1st", "nineteenth", "twenty-first".</summary>
    private bool TryOrdinal(int k, out int n, out int end)
    {
        n = 0;
        end = k;
        if (Has(k) && _tokens[k].Kind == DateTokenKind.Number && _tokens[k].Length <= 2 && Glued(k + 1) && WordIndex(k + 1, OrdinalSuffixes) >= 0)
        {
            n = _tokens[k].Value;
            end = k + 2;
            return n > 0;
        }

        var word = WordIndex(k, OrdinalWords);
        if (word >= 0)
        {
            n = word + 1;
            end = k + 1;
            return true;
        }

        if (IsWord(k, "twenty") && IsDash(k + 1) && Glued(k + 1) && Glued(k + 2) && IsWord(k + 2, "first"))
        {
            n = 21;
            end = k + 3;
            return true;
        }

        return false;
    }

    /// <summary>The years a whole span or its early, middle or late third covers.</summary>
    private static (int From, int To) Part(int start, int span, int third)
    {
        if (third < 0)
        {
            return (start, start + span - 1);
        }

        var size = span / 3;
        return third switch
        {
            0 => (start, start + size),
            1 => (start + size + 1, start + (2 * size)),
            _ => (start + (2 * size) + 1, start + span - 1),
        };
    }
}
