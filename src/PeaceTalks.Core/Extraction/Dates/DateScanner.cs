namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>
/// A small hand-written grammar over <see cref="DateToken"/>s. At each token it tries a fixed set of
/// patterns, each looking at most a dozen tokens ahead, and keeps the longest match; so a scan is linear
/// in the length of the text and cannot backtrack.
/// </summary>
internal sealed partial class DateScanner
{
    private readonly string _text;
    private readonly List<DateToken> _tokens;
    private readonly int? _contextYear;

    public DateScanner(string text, int? contextYear)
    {
        _text = text;
        _tokens = DateToken.Tokenize(text);
        _contextYear = contextYear;
    }

    /// <summary>Words that lead into a bare month ("In June", "a May report", "until September").</summary>
    private static readonly string[] BareMonthLeads =
    [
        "in", "on", "by", "since", "until", "till", "through", "throughout", "during", "from", "before",
        "after", "around", "for", "a", "an", "the", "this", "last", "next",
    ];

    private static readonly string[] CitationWords = ["accessed", "retrieved", "archived"];

    private static readonly string[] OpenEnds = ["present", "now", "today", "ongoing"];

    public DateScan Run()
    {
        var phrases = new List<DatePhrase>();
        var problems = new List<DateProblem>();
        var i = 0;
        while (i < _tokens.Count)
        {
            var hit = TryAt(i);
            if (hit is null)
            {
                i++;
                continue;
            }

            foreach (var item in hit.Items)
            {
                Emit(item, phrases, problems);
            }

            i = Math.Max(i + 1, hit.EndToken);
        }

        return new DateScan(phrases, problems);
    }

    private DateHit? TryAt(int i)
    {
        if (!StartsCleanly(i))
        {
            return null;
        }

        return IsAnyWord(i, CitationWords) ? TryCitation(i) : Best(i);
    }

    /// <summary>The longest match starting exactly at token <paramref name="i"/>.</summary>
    private DateHit? Best(int i)
    {
        var token = _tokens[i];
        DateHit? best = null;
        if (token.Kind == DateTokenKind.Number)
        {
            Take(ref best, TryIso(i));
            Take(ref best, TryDayFirst(i, i, Lead.None));
            Take(ref best, TryYearFirst(i, i, Lead.None));
            Take(ref best, TryDecade(i, i, -1));
            Take(ref best, TryCentury(i, i, -1));
            Take(ref best, TryBeforeCommonEra(i));
        }
        else if (token.Kind == DateTokenKind.Word)
        {
            Take(ref best, TryMonthFirst(i, i, Lead.None));
            Take(ref best, TryPartWord(i));
            Take(ref best, TryOfPhrase(i));
            Take(ref best, TryLead(i));
            Take(ref best, TryCentury(i, i, -1));
            Take(ref best, TryEraFirst(i));
        }

        return best;
    }

    private static void Take(ref DateHit? best, DateHit? candidate)
    {
        if (candidate is not null && (best is null || candidate.EndToken > best.EndToken))
        {
            best = candidate;
        }
    }

    /// <summary>"accessed 25 February 2024", "Retrieved 3 March 2022", "Archived from the original on …": skipped.</summary>
    private DateHit? TryCitation(int i)
    {
        var k = i + 1;
        if (IsSymbol(k, ':') && Glued(k))
        {
            k++;
        }

        if (Space(k) && IsWord(k, "on"))
        {
            k++;
        }
        else if (Space(k) && IsWord(k, "from") && Space(k + 1) && IsWord(k + 1, "the")
            && Space(k + 2) && IsWord(k + 2, "original") && Space(k + 3) && IsWord(k + 3, "on"))
        {
            k += 4;
        }

        if (!Space(k))
        {
            return null;
        }

        var date = Best(k);
        return date is null ? null : new DateHit(i, date.EndToken, []);
    }

    /// <summary>
    /// Checks what follows a match ending before token <paramref name="end"/>: an open period
    /// ("2022–present", "(2014–)") swallows the whole span; glued junk ("22%", "15-year", "2022.5") rejects it.
    /// </summary>
    private DateHit? Finish(int first, int end, params DateItem[] items)
    {
        if (IsDash(end) && Joined(end))
        {
            var k = end + 1;
            if (!Joined(k) || IsSymbol(k, ')'))
            {
                return new DateHit(first, end + 1, []);
            }

            if (IsAnyWord(k, OpenEnds))
            {
                return new DateHit(first, k + 1, []);
            }
        }

        return EndsCleanly(end) ? new DateHit(first, end, items) : null;
    }

    private bool EndsCleanly(int k)
    {
        if (!Has(k) || _tokens[k].Gap != DateGap.None)
        {
            return true;
        }

        if (_tokens[k].Kind != DateTokenKind.Symbol)
        {
            return false;
        }

        var next = Glued(k + 1) ? _tokens[k + 1].Kind : (DateTokenKind?)null;
        return SymbolAt(k) switch
        {
            '%' or '‰' or '/' or '\\' or '$' or '€' or '£' or '¥' or '+' or '=' or '_' or '@' or '#' or '&' or '°' => false,
            '.' or ',' or ':' => next != DateTokenKind.Number,
            '—' => next != DateTokenKind.Number,
            var c when IsDashChar(c) => next is null or DateTokenKind.Symbol,
            _ => true,
        };
    }

    private bool StartsCleanly(int i)
    {
        if (i == 0 || _tokens[i].Gap != DateGap.None)
        {
            return true;
        }

        var before = _tokens[i - 1];
        if (before.Kind != DateTokenKind.Symbol)
        {
            return false;
        }

        var c = _text[before.Start];
        return !IsDashChar(c) && c is not ('$' or '€' or '£' or '¥' or '.' or ',' or ':' or '/' or '\\' or '+'
            or '#' or '@' or '_' or '=' or '&' or '%');
    }

    private bool Has(int k) => k >= 0 && k < _tokens.Count;

    /// <summary>Token k exists and is separated from the one before by spaces on the same line.</summary>
    private bool Space(int k) => Has(k) && _tokens[k].Gap == DateGap.Space;

    /// <summary>Token k exists and touches the one before.</summary>
    private bool Glued(int k) => Has(k) && _tokens[k].Gap == DateGap.None;

    /// <summary>Token k exists and is on the same line as the one before.</summary>
    private bool Joined(int k) => Has(k) && _tokens[k].Gap != DateGap.Break;

    private ReadOnlySpan<char> Chars(int k) => _text.AsSpan(_tokens[k].Start, _tokens[k].Length);

    private char SymbolAt(int k) => _text[_tokens[k].Start];

    private bool IsWord(int k, string word) =>
        Has(k) && _tokens[k].Kind == DateTokenKind.Word && Chars(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsAnyWord(int k, string[] words) => WordIndex(k, words) >= 0;

    private int WordIndex(int k, string[] words)
    {
        if (!Has(k) || _tokens[k].Kind != DateTokenKind.Word)
        {
            return -1;
        }

        var chars = Chars(k);
        for (var w = 0; w < words.Length; w++)
        {
            if (chars.Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return w;
            }
        }

        return -1;
    }

    private bool IsSymbol(int k, char c) =>
        Has(k) && _tokens[k].Kind == DateTokenKind.Symbol && SymbolAt(k) == c;

    private bool IsDash(int k) =>
        Has(k) && _tokens[k].Kind == DateTokenKind.Symbol && IsDashChar(SymbolAt(k));

    private static bool IsDashChar(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '−';
}
