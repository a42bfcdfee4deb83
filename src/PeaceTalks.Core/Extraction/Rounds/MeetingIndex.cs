using PeaceTalks.Core.Extraction.Facts;

namespace PeaceTalks.Core.Extraction.Rounds;

/// <summary>
/// What the round rules look up, indexed once per document: the sentences of a section, the sentences
/// that tell a meeting by the days their dates name, and the days rounds already hold. Each rule asks
/// about one round or one day; scanning the whole document for each made a long document's rounds cost
/// the square of its length.
/// </summary>
internal sealed class MeetingIndex
{
    // A date phrase spanning more days than this ("in 2022") is kept apart and checked one by one.
    private const int MaxIndexedDays = 400;

    private readonly DocumentFacts facts;
    private readonly ILookup<int?, Segmenting.PassageSpan> passagesBySection;
    private readonly List<SentenceFacts> meetings;
    private readonly Dictionary<DateOnly, List<int>> meetingsCoveringDay = [];
    private readonly Dictionary<DateOnly, List<int>> meetingsStartingOn = [];
    private readonly HashSet<DateOnly> roundDays = [];
    private readonly List<ExtractedRound> longRounds = [];

    public MeetingIndex(DocumentFacts facts)
    {
        this.facts = facts;
        passagesBySection = facts.Document.Passages.ToLookup(p => p.SectionIndex);
        meetings = facts.Sentences.Where(s => RoundExtractor.TellsAMeeting(s.Text)).ToList();
        for (var i = 0; i < meetings.Count; i++)
        {
            foreach (var date in meetings[i].Dates)
            {
                Add(meetingsStartingOn, date.DateStart, i);
                if (date.Start >= 0 && date.Precision == Dates.DatePrecision.Day)
                {
                    foreach (var day in Days(date.DateStart, date.DateEnd).Take(MaxIndexedDays))
                    {
                        Add(meetingsCoveringDay, day, i);
                    }
                }
            }
        }
    }

    public IEnumerable<SentenceFacts> SentencesOf(int sectionIndex) =>
        passagesBySection[sectionIndex].SelectMany(facts.Of);

    /// <summary>The meeting sentences, in document order, with a date of days that holds <paramref name="day"/>.</summary>
    public IEnumerable<SentenceFacts> MeetingsDatedOn(DateOnly? day) =>
        day is { } d && meetingsCoveringDay.TryGetValue(d, out var found) ? found.Select(i => meetings[i]) : [];

    /// <summary>The meeting sentences, in document order, with a date that starts on a day of the round.</summary>
    public IEnumerable<SentenceFacts> MeetingsStartingWithin(ExtractedRound round)
    {
        if (round.DateStart is not { } start)
        {
            return [];
        }

        var days = Days(start, round.DateEnd).Take(MaxIndexedDays + 1).ToList();
        if (days.Count > MaxIndexedDays)
        {
            return meetings;
        }

        return days
            .SelectMany(day => meetingsStartingOn.TryGetValue(day, out var found) ? found : [])
            .Distinct()
            .Order()
            .Select(i => meetings[i]);
    }

    public bool HasRoundOn(DateOnly day) =>
        roundDays.Contains(day) || longRounds.Any(r => r.DateStart <= day && day <= r.DateEnd);

    /// <summary>Notes a round's days, and gives the round back.</summary>
    public ExtractedRound Found(ExtractedRound round)
    {
        if (round.DateStart is { } start)
        {
            var days = Days(start, round.DateEnd).Take(MaxIndexedDays + 1).ToList();
            if (days.Count > MaxIndexedDays)
            {
                longRounds.Add(round);
            }
            else
            {
                roundDays.UnionWith(days);
            }
        }

        return round;
    }

    private static IEnumerable<DateOnly> Days(DateOnly start, DateOnly? end)
    {
        for (var day = start; day <= (end ?? start); day = day.AddDays(1))
        {
            yield return day;
            if (day == DateOnly.MaxValue)
            {
                yield break;
            }
        }
    }

    private static void Add(Dictionary<DateOnly, List<int>> index, DateOnly day, int sentence)
    {
        if (!index.TryGetValue(day, out var list))
        {
            index[day] = list = [];
        }

        if (list.Count == 0 || list[^1] != sentence)
        {
            list.Add(sentence);
        }
    }
}
