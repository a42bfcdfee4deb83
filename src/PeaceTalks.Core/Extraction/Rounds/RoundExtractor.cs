using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Facts;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Rounds;

/// <summary>
/// Rounds of talks, from three shapes of text: a heading dated to days inside a period ("First round
/// (28 February)"); each dated meeting in a section about a series of meetings ("Copenhagen format
/// meetings": "The next meeting was held in Malta on 28 October 2023"); and a sentence that numbers a
/// meeting it says was held ("On 1 December 2023, a tenth working meeting … was held in Kyiv").
/// One meeting is one round: a later find on a day a round already has adds to that round.
/// A round's place and format are only what the text says of it: the first sentence, in document order,
/// that tells a meeting on the round's day and says where ("A second and third round of talks took place
/// on 3 and 7 March 2022, on the Belarus–Ukraine border"), else its own section; a format only where
/// the text names one ("via video conference"), never assumed.
/// </summary>
public static partial class RoundExtractor
{
    public static IReadOnlyList<ExtractedRound> Extract(DocumentFacts facts)
    {
        var document = facts.Document;
        var index = new MeetingIndex(facts);
        var found = new List<ExtractedRound>();
        foreach (var section in document.Sections)
        {
            var date = facts.Sections[section.Index].Date;
            var parent = section.ParentIndex is { } p ? document.Sections[p] : null;
            var isRoundHeading = date is { Precision: DatePrecision.Day }
                && parent is not null && HeadingShapes.Of(parent.Heading) == HeadingShape.Period;
            if (isRoundHeading)
            {
                found.Add(index.Found(new ExtractedRound(0, NameOf(section.Heading, date!), date!.DateStart, date.DateEnd, date.Precision, null, null, section.Index)));
            }
            else if (SeriesHeading().IsMatch(section.Heading))
            {
                var series = SeriesHeading().Replace(section.Heading, "").Trim();
                foreach (var sentence in index.SentencesOf(section.Index))
                {
                    // A meeting told again on its day is the same meeting: it adds no round.
                    if (sentence.Dates is [var when, ..] && !index.HasRoundOn(when.DateStart) && MeetingWords().IsMatch(sentence.Text))
                    {
                        var place = PlaceIn(sentence.Text);
                        var name = place is null ? $"{series} meeting ({when.Text})" : $"{series} meeting in {place}";
                        found.Add(index.Found(new ExtractedRound(0, name, when.DateStart, when.DateEnd, when.Precision, place, null, section.Index)));
                    }
                }
            }
        }

        foreach (var sentence in facts.Sentences)
        {
            var numbered = NumberedMeeting().Match(sentence.Text);
            if (numbered.Success && sentence.OwnDates is [var when, ..] && !index.HasRoundOn(when.DateStart))
            {
                var place = PlaceIn(sentence.Text);
                var noun = numbered.Groups["noun"].Value;
                var name = char.ToUpperInvariant(noun[0]) + noun[1..] + (place is null ? "" : $" in {place}");
                found.Add(index.Found(new ExtractedRound(0, name, when.DateStart, when.DateEnd, when.Precision, place, null, sentence.Passage.SectionIndex)));
            }
        }

        return found
            .Select((round, i) => round with
            {
                Index = i,
                Place = round.Place ?? PlaceOf(index, round),
                Format = FormatOf(index, round),
            })
            .ToList();
    }

    /// <summary>The round an event belongs to: its section's round, or the round its sentence names by ordinal.</summary>
    public static int? RoundFor(IReadOnlyList<ExtractedRound> rounds, int? sectionIndex, string sentence, DateOnly? date)
    {
        var sameSection = rounds.Where(r => r.SectionIndex == sectionIndex).ToList();
        if (sameSection.Count == 1)
        {
            return IsOwnEvent(sameSection[0], date) ? sameSection[0].Index : null;
        }

        if (sameSection.Count > 1)
        {
            return sameSection.FirstOrDefault(r => r.DateStart == date)?.Index;
        }

        var ordinal = OrdinalRound().Match(sentence);
        if (ordinal.Success)
        {
            var word = ordinal.Groups["ordinal"].Value;
            return rounds.FirstOrDefault(r => r.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))?.Index;
        }

        return rounds.FirstOrDefault(r => r.DateStart == date && sentence.Contains(r.Place ?? "\u0000", StringComparison.Ordinal))?.Index;
    }

    /// <summary>
    /// Whether an event of the round's section is the round's own: one on a day of the round, or one the
    /// text does not date apart from the round. A section also tells what happened around its round
    /// (a mediator's trip two days later, a death), and those are not the round.
    /// </summary>
    public static bool IsOwnEvent(ExtractedRound round, DateOnly? date) =>
        date is not { } day || round.DateStart is not { } start || (start <= day && day <= (round.DateEnd ?? start));

    internal static bool TellsAMeeting(string text) => MeetingWords().IsMatch(text);

    private static bool OnDay(ExtractedRound round, DateOnly day) =>
        round.DateStart is { } start && start <= day && day <= (round.DateEnd ?? start);

    // "3 and 7 March 2022" is read as the days from the first to the last; the round's first day is one of them.
    private static bool Covers(DatePhrase phrase, DateOnly? day) =>
        day is { } d && phrase.DateStart <= d && d <= (phrase.DateEnd ?? phrase.DateStart);

    // Document order: a lead that sums up the rounds comes before their sections, and says where each was.
    private static string? PlaceOf(MeetingIndex index, ExtractedRound round)
    {
        var telling = index.MeetingsDatedOn(round.DateStart)
            .Select(s => PlaceOfDay(s, round.DateStart))
            .FirstOrDefault(place => place is not null);
        return telling ?? (round.SectionIndex is { } section
            ? index.SentencesOf(section).Select(s => MeetingWords().IsMatch(s.Text) ? PlaceIn(s.Text) : null).FirstOrDefault(place => place is not null)
            : null);
    }

    /// <summary>
    /// Where a sentence says the meeting of one day was: a place right after its date ("held on 10 March in
    /// Turkey", "on 28 February 2022, in Belarus"), else one before the date and after the date before it ("was
    /// held in Jeddah on 6 August 2023"). A list of dates ("on 28 February, 3 March, and 7 March 2022, in …")
    /// shares the place after its last item. A place is never taken across another date of the sentence.
    /// </summary>
    private static string? PlaceOfDay(SentenceFacts sentence, DateOnly? day)
    {
        var text = sentence.Text;
        var dates = sentence.Dates.Where(d => d.Start >= 0).OrderBy(d => d.Start).ToList();
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i].Precision != DatePrecision.Day || !Covers(dates[i], day))
            {
                continue;
            }

            var last = i;
            while (last + 1 < dates.Count && DateList().IsMatch(text[(dates[last].Start + dates[last].Length)..dates[last + 1].Start]))
            {
                last++;
            }

            var afterStart = dates[last].Start + dates[last].Length;
            var afterEnd = last + 1 < dates.Count ? dates[last + 1].Start : text.Length;
            var after = PlaceAfterDate().Match(text[afterStart..afterEnd]);
            if (after.Success)
            {
                return Named(after);
            }

            var first = i;
            while (first > 0 && DateList().IsMatch(text[(dates[first - 1].Start + dates[first - 1].Length)..dates[first].Start]))
            {
                first--;
            }

            var beforeStart = first > 0 ? dates[first - 1].Start + dates[first - 1].Length : 0;
            var before = text[beforeStart..dates[first].Start];
            // What follows the date before belongs to it ("held on 10 March in Turkey prior to a round which began on 14 March").
            if (first > 0 && PlaceAfterDate().Match(before) is { Success: true } claimed)
            {
                before = before[(claimed.Index + claimed.Length)..];
            }

            return PlaceIn(before);
        }

        return null;
    }

    private static string? FormatOf(MeetingIndex index, ExtractedRound round)
    {
        var own = round.SectionIndex is { } section && round.Name.Length > 0 ? index.SentencesOf(section) : [];
        var sentences = own.Concat(index.MeetingsStartingWithin(round).Where(s => s.Dates.Any(d => OnDay(round, d.DateStart))));
        foreach (var sentence in sentences)
        {
            if (VideoFormat().IsMatch(sentence.Text))
            {
                return "video conference";
            }

            if (InPersonFormat().IsMatch(sentence.Text))
            {
                return "in person";
            }
        }

        return null;
    }

    private static string NameOf(string heading, DatePhrase date)
    {
        var name = heading.Remove(date.Start, date.Length);
        name = EmptyBrackets().Replace(name, "").Trim().TrimEnd(':', ',', '-', '–').Trim();
        return name.Length == 0 ? heading : name;
    }

    private static string? PlaceIn(string text)
    {
        // "met in Copenhagen format" names a kind of meeting, not where it was.
        var match = Place().Matches(text).FirstOrDefault(m => !NotAPlace().IsMatch(text[(m.Index + m.Length)..]));
        if (match is null)
        {
            return null;
        }

        return Named(match);
    }

    // "near the border" is not at it; "on the border" is.
    private static string Named(Match match) =>
        match.Groups["border"].Success ? (match.Groups["near"].Value is "near" ? "near the " : "the ") + match.Groups["place"].Value : match.Groups["place"].Value;

    [GeneratedRegex(@"\b(?:meetings|rounds|talks)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesHeading();

    [GeneratedRegex(@"\b(?:meeting|conference|held|hosted|summit|round|talks|negotiations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();

    // "held in Antalya, Turkey", "took place on 3 March, on the Belarus–Ukraine border", "began … near the
    // Belarusian border": a place is a proper name after in/at (with its country after a comma), or a border.
    [GeneratedRegex(@"\b(?:held|hosted|took place|met|meet|start|began|talks|meeting)\b[^.;]{0,120}?" + PlacePhrase)]
    private static partial Regex Place();

    private const string PlacePhrase = @"(?:\b(?<near>on|near|along) the (?<place>\p{Lu}[\p{L}]+(?:[–-]\p{Lu}[\p{L}]+)? (?<border>border|frontier))|\b(?:in|at) (?:the )?(?<place>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?:, (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]+\b(?! \p{Ll}))?))";

    [GeneratedRegex(@"^,?\s*(?:[^,.;]{0,40}?\s)?" + PlacePhrase)]
    private static partial Regex PlaceAfterDate();

    // "28 February, 3 March, and 7 March 2022": what stands between the items of a list of dates.
    [GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+and\s+)$")]
    private static partial Regex DateList();

    [GeneratedRegex(@"^ (?:format|style|fashion|manner|time)\b")]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"\bvideo ?(?:conference|link|call)\b|\bonline\b|\bvirtual(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex VideoFormat();

    [GeneratedRegex(@"\bin person\b|\bface[- ]to[- ]face\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPersonFormat();

    // "a tenth working meeting … was held", "the third round of talks took place": an ordinal meeting said to have happened.
    [GeneratedRegex(@"\b(?:a|the)\s+(?<noun>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:\p{Ll}+\s+)?(?:meeting|round))\b[^.;]{0,160}?\b(?:was|were)\s+held\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMeeting();

    [GeneratedRegex(@"\(\s*\)")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\b(?<ordinal>first|second|third|fourth|fifth|sixth|seventh)\s+(?:and\s+\w+\s+)?round", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalRound();
}
