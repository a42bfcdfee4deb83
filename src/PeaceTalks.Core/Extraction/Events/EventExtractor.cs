using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Facts;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>
/// Groups a document's sentences into happenings, by a state machine over their facts (<see cref="Step"/>
/// names each transition). A sentence whose own words date it opens an event; the sentences after it
/// that go on with it join it; a sentence that tells a new happening without a date of its own opens an
/// event dated by its context — an earlier sentence of its paragraph, its label, its heading, an "As of"
/// frame — or, when the text gives none, an undated event. Summaries, citations and sentences that tell
/// no happening are passages only.
/// </summary>
public static partial class EventExtractor
{
    /// <summary>The transitions of the grouping, for tests and for reading the code.</summary>
    public enum Step
    {
        /// <summary>A citation or a summary: no event, and the open one closes.</summary>
        Skip,

        /// <summary>A sentence with its own date opens an event (or several, one per dated happening).</summary>
        OwnDateOpens,

        /// <summary>"As of …" dates its sentence as reported at that date.</summary>
        FrameOpens,

        /// <summary>"The next day …" counts from the happening before.</summary>
        RelativeDayOpens,

        /// <summary>A sentence that goes on with the open event joins it.</summary>
        Continues,

        /// <summary>A new happening with no date of its own takes its context's time, or none.</summary>
        NewHappening,

        /// <summary>A sentence that tells no happening and has none open to join.</summary>
        Passage,
    }

    public static IReadOnlyList<ExtractedEvent> Extract(DocumentFacts facts, Gazetteer gazetteer, Func<int?, DateOnly?, int?> roundOfSection, Cues? cues = null)
    {
        cues ??= Cues.Default;
        var document = facts.Document;
        var events = new List<ExtractedEvent>();
        EventDate? documentFrame = null;
        EventDate? lastDate = null;
        int? lastSection = null;
        foreach (var passage in document.Passages)
        {
            var heading = facts.HeadingDate(passage);
            var label = facts.LabelDates[passage.Index] is [var l, ..] ? l : null;
            EventDate? paragraphTime = null;
            EventDate? passageFrame = null;
            List<SentenceFacts>? open = null;
            EventDate? openDate = null;
            var first = true;
            foreach (var sentence in facts.Of(passage))
            {
                // "After the talks ended on 17 March, …" without a date of its own: the story has moved past the
                // paragraph's time to one the text does not give, so what follows no longer takes that time.
                if (paragraphTime?.Phrase is { } time && sentence.OwnDates.Count == 0
                    && sentence.Dates.FirstOrDefault(d => d.DateStart > (time.DateEnd ?? time.DateStart)) is { } later)
                {
                    paragraphTime = Widen(paragraphTime, later);
                }

                if (sentence.NewTime && sentence.OwnDates.Count == 0)
                {
                    paragraphTime = null;
                }

                var (step, dates) = Next(sentence, open, heading, paragraphTime, lastDate is not null && passage.SectionIndex == lastSection ? lastDate : null,
                    passageFrame ?? documentFrame, gazetteer, cues);
                switch (step)
                {
                    case Step.Skip:
                        Close();
                        break;
                    case Step.OwnDateOpens:
                    case Step.RelativeDayOpens:
                    case Step.FrameOpens:
                        Close();
                        foreach (var further in dates.Skip(1))
                        {
                            events.Add(Build(facts, [sentence], further, gazetteer, roundOfSection(passage.SectionIndex, further.Phrase?.DateStart), ownClause: true));
                        }

                        (open, openDate) = ([sentence], dates[0]);
                        if (step == Step.FrameOpens)
                        {
                            passageFrame = first ? dates[0] : passageFrame;
                            documentFrame ??= first && passage.Index == 0 ? dates[0] : null;
                        }
                        else
                        {
                            // The story is at the last of the days a sentence tells ("on May 20 and May 23").
                            paragraphTime = dates[^1];
                        }

                        break;
                    case Step.Continues:
                        open!.Add(sentence);
                        break;
                    case Step.NewHappening:
                        Close();
                        (open, openDate) = ([sentence], ContextTime(sentence, paragraphTime, label, heading, passageFrame ?? documentFrame));
                        break;
                    case Step.Passage:
                        if (first && sentence.Frame is { } frame)
                        {
                            // "As of October 2023, the talks remain complex": a frame over a state, not a happening.
                            passageFrame = new EventDate(frame, DateSource.Framing, true);
                            documentFrame ??= passage.Index == 0 ? passageFrame : null;
                        }

                        break;
                }

                first = false;
            }

            Close();

            void Close()
            {
                if (open is { Count: > 0 } && openDate is not null)
                {
                    if (openDate.Phrase is { Precision: DatePrecision.Day })
                    {
                        (lastDate, lastSection) = (openDate, passage.SectionIndex);
                    }

                    events.Add(Build(facts, open, openDate, gazetteer, roundOfSection(passage.SectionIndex, openDate.Phrase?.DateStart)));
                }

                (open, openDate) = (null, null);
            }
        }

        return MergeMentions(facts, events, gazetteer);
    }

    /// <summary>The transition a sentence takes, and the dates of the events it opens.</summary>
    internal static (Step Step, List<EventDate> Dates) Next(
        SentenceFacts sentence,
        List<SentenceFacts>? open,
        DatePhrase? heading,
        EventDate? paragraphTime,
        EventDate? sectionDay,
        EventDate? frame,
        Gazetteer gazetteer,
        Cues cues)
    {
        if (sentence.IsCitation || sentence.IsSummary)
        {
            return (Step.Skip, []);
        }

        // "The Act of Union of 1840 was a pivotal moment", "This competition laid the groundwork for …": a judgement of
        // what was told, dated at most by a year it names; it belongs to what it judges.
        if (sentence.IsEvaluation && sentence.OwnDates.All(d => d.Precision is DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century))
        {
            return (open is not null ? Step.Continues : Step.Passage, []);
        }

        // A prediction is no happening, whatever date it names ("The 2024 election is expected to see …").
        var own = sentence.Speculative ? [] : OwnDates(sentence, heading);

        if (own.Count > 0)
        {
            return (Step.OwnDateOpens, Happenings(sentence.Text, own).Select(d => new EventDate(d, DateSource.Sentence, false, true)).ToList());
        }

        if (sentence.Frame is { } asOf && (sentence.TellsAHappening || sentence.Claims))
        {
            return (Step.FrameOpens, [new EventDate(asOf, DateSource.Framing, true, true)]);
        }

        var anchor = paragraphTime ?? sectionDay;
        if (sentence.Relative is { InYears: true } years && (paragraphTime ?? sectionDay)?.Phrase is { } earlier)
        {
            var year = earlier.DateStart.Year + years.Offset;
            return (Step.RelativeDayOpens, [new EventDate(new DatePhrase(years.Start, years.Length, years.Text, new DateOnly(year, 1, 1), null, DatePrecision.Year, true), DateSource.Relative, false, true)]);
        }

        if (sentence.Relative is { InYears: false } relative && anchor?.Phrase is { Precision: DatePrecision.Day } day)
        {
            var date = day.DateStart.AddDays(relative.Offset);
            return (Step.RelativeDayOpens, [new EventDate(new DatePhrase(relative.Start, relative.Length, relative.Text, date, null, DatePrecision.Day, true), DateSource.Relative, anchor.AsOf, true)]);
        }

        // "This approach not only marginalized women …", "These events prompted …": with no date of its own, a sentence
        // that opens on a demonstrative tells more of what was told before it — one happening, told on; with nothing
        // open, it is a passage.
        if (cues.DemonstrativeLead.IsMatch(sentence.Text))
        {
            return (open is not null ? Step.Continues : Step.Passage, []);
        }

        if (open is not null && !StartsNewHappening(sentence, open, gazetteer, cues))
        {
            return (Step.Continues, []);
        }

        // Under an "As of" frame, what the text says of its present is a claim reported as of that date. Without a
        // frame, a date of its own or a heading over it that names a span of years ("Social media (2000s–present)"),
        // a sentence in the present perfect or the pluperfect tells of no time at all ("Some have voted as a
        // protest", "1,000 fighters had been training there").
        var happening = frame is not null ? sentence.TellsAHappening || sentence.Claims
            : sentence.TellsAHappening && (!sentence.Perfect || IsSpan(heading)) && !sentence.Speculative;
        return happening ? (Step.NewHappening, []) : open is not null ? (Step.Continues, []) : (Step.Passage, []);
    }

    /// <summary>
    /// The time a new happening without a date of its own takes from its context, nearest first: the day
    /// an earlier sentence of its paragraph set; its label's date; its heading's; a coarser time of its
    /// paragraph; an "As of" frame over the paragraph or the document. A sentence that steps out of the
    /// paragraph's time ("Eventually, …") does not take it. With none, the happening is undated.
    /// </summary>
    private static EventDate ContextTime(SentenceFacts sentence, EventDate? paragraph, DatePhrase? label, DatePhrase? heading, EventDate? frame)
    {
        // A decade or a century is not the time a story is at: the sentence after one tells of that age, not of a
        // happening at a time the text gives.
        var inParagraph = sentence.SteppingOut || paragraph?.Phrase?.Precision is DatePrecision.Decade or DatePrecision.Century ? null : paragraph;
        if (inParagraph?.Phrase is { Precision: DatePrecision.Day })
        {
            return inParagraph with { From = DateSource.Paragraph, InSentence = false };
        }

        if (label is not null)
        {
            return new EventDate(label, DateSource.Label, false);
        }

        // A sentence that steps out of the story's time ("had earlier asked", "in advance") is not on a heading's day,
        // only in a heading's longer period.
        if (heading is not null && !(sentence.SteppingOut && heading.Precision == DatePrecision.Day))
        {
            return new EventDate(heading, DateSource.Heading, false);
        }

        if (inParagraph is not null)
        {
            return inParagraph with { From = DateSource.Paragraph, InSentence = false };
        }

        return frame is null ? EventDate.Undated : frame with { InSentence = false };
    }

    /// <summary>
    /// The story's time once a sentence names a later date without being dated by it ("Prior to his visit
    /// on 20 March, …" after "On 3 August, …"): somewhere between the two, so the month both fall in, else
    /// their year, else no time at all.
    /// </summary>
    private static EventDate? Widen(EventDate time, DatePhrase later)
    {
        var start = time.Phrase!.DateStart;
        var end = later.DateEnd ?? later.DateStart;
        if (start.Year != end.Year)
        {
            return null;
        }

        var sameMonth = start.Month == end.Month;
        var first = sameMonth ? new DateOnly(start.Year, start.Month, 1) : new DateOnly(start.Year, 1, 1);
        return time with { Phrase = time.Phrase with { DateStart = first, DateEnd = null, Precision = sameMonth ? DatePrecision.Month : DatePrecision.Year } };
    }

    private static bool IsSpan(DatePhrase? heading) =>
        heading is { Precision: DatePrecision.Decade or DatePrecision.Century } || heading is { Precision: DatePrecision.Year, DateEnd: not null };

    /// <summary>
    /// The phrases that date the sentence's own happening. Under a heading of a month or a day, a date
    /// before that month recalls an earlier happening: the sentence belongs to the heading's time.
    /// </summary>
    private static List<DatePhrase> OwnDates(SentenceFacts sentence, DatePhrase? heading) =>
        sentence.OwnDates.Where(p => !IsBefore(p, heading)).ToList();

    private static bool IsBefore(DatePhrase phrase, DatePhrase? heading) =>
        heading is { Precision: DatePrecision.Month or DatePrecision.Day }
        && phrase.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Part
        && (phrase.DateEnd ?? phrase.DateStart) < new DateOnly(heading.DateStart.Year, heading.DateStart.Month, 1);

    /// <summary>
    /// The happenings a sentence's dates stand for: two days joined by "and" with days between them are
    /// two happenings, a run of two days one; a further date in its own clause ("…, Izium on September 10, …", "…, and X
    /// entered the war in late October") another.
    /// </summary>
    private static List<DatePhrase> Happenings(string sentence, List<DatePhrase> phrases)
    {
        var happenings = new List<DatePhrase>();
        foreach (var phrase in phrases)
        {
            // "5 and 6 August" is one two-day happening; "3 and 7 March" two; so is "in March and May".
            var isList = phrase.DateEnd is { } end && phrase.Text.Contains(" and ", StringComparison.Ordinal) && !phrase.Text.StartsWith("between", StringComparison.OrdinalIgnoreCase)
                && ((phrase.Precision == DatePrecision.Day && end.DayNumber - phrase.DateStart.DayNumber > 1)
                    || (phrase.Precision == DatePrecision.Month && (end.Year * 12) + end.Month - (phrase.DateStart.Year * 12) - phrase.DateStart.Month > 1));
            var last = phrase.Precision == DatePrecision.Month && phrase.DateEnd is { } e ? new DateOnly(e.Year, e.Month, 1) : phrase.DateEnd ?? phrase.DateStart;
            var parts = isList
                ? new[] { phrase with { DateEnd = null }, phrase with { DateStart = last, DateEnd = null } }
                : new[] { phrase };
            if (happenings.Count == 0)
            {
                happenings.AddRange(parts);
            }
            else if (!happenings.Any(h => h.DateStart == phrase.DateStart)
                && ((phrase.Precision == DatePrecision.Day && OwnClause().IsMatch(sentence[..phrase.Start]))
                    || CoordinateClause().IsMatch(sentence[(happenings[^1].Start + happenings[^1].Length)..phrase.Start])
                    || (phrase.Precision == happenings[^1].Precision && ListOfDates().IsMatch(sentence[(happenings[^1].Start + happenings[^1].Length)..phrase.Start]))))
            {
                happenings.AddRange(parts);
            }
        }

        // "The 2022 counteroffensive … began on 6 September 2022": the year is the day's, not another happening.
        happenings.RemoveAll(h => h.Precision is DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century
            && happenings.Any(o => o != h && o.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Part
                && o.DateStart >= h.DateStart && o.DateStart <= (h.DateEnd ?? new DateOnly(h.DateStart.Year, 12, 31))));
        return happenings;
    }

    /// <summary>
    /// Whether an undated sentence after an open event tells a new happening rather than going on with it:
    /// a new setting ("In an interview, …", "In a speech, …"), a new act of a named actor ("Russian forces shelled …"), or a
    /// statement by someone who was not the one speaking, or by the same one acting anew. A sentence that
    /// refers back ("He …", "It …", "The talks …"), answers what was reported (a denial), elaborates ("X also
    /// said …"), names no actor, or tells no happening (a figure, a description, what did not happen) goes on
    /// with the one before.
    /// </summary>
    private static bool StartsNewHappening(SentenceFacts sentence, List<SentenceFacts> current, Gazetteer gazetteer, Cues cues)
    {
        var text = sentence.Text;
        if (!sentence.TellsAHappening || cues.Denial.IsMatch(text) || cues.SameHappening.IsMatch(text))
        {
            return false;
        }

        // "They broke into houses …", "They placed tanks …": a group goes on acting, each act its own happening;
        // "He also said …", "It lasted …" go on with the one told.
        if (GroupActs().IsMatch(text) && !cues.Saying.IsMatch(text))
        {
            return true;
        }

        // "He also announced …", "She then signed …": the one acting acts anew.
        if (PronounActs().Match(text) is { Success: true } anew && cues.Action.IsMatch(anew.Groups["verb"].Value))
        {
            return true;
        }

        if (cues.Continuation.IsMatch(text) || Pronoun().IsMatch(text))
        {
            return false;
        }

        if (cues.NewSetting.IsMatch(text))
        {
            return true;
        }

        // "Haidai also claimed …" after a sentence naming Haidai: the one already acting goes on, even when the
        // gazetteer does not know the name.
        if (LeadingName().Match(text) is { Success: true } name && gazetteer.Find(name.Groups["name"].Value).Count == 0
            && current.Any(c => c.Text.Contains(name.Groups["name"].Value, StringComparison.Ordinal))
            && !cues.Action.IsMatch(text[(name.Index + name.Length)..]))
        {
            return false;
        }

        var actor = Actor(sentence, gazetteer, cues);
        if (actor is null)
        {
            return !cues.Saying.IsMatch(text);
        }

        // A new act of a named actor ("Russian forces shelled …", "The mayor met the commander …") is a new happening; what the
        // one speaking goes on saying is the same one.
        if (!cues.Saying.IsMatch(text))
        {
            return true;
        }

        // What the actor does right after being named, past an apposition ("X, a member of the delegation, also said").
        var verb = text.AsSpan(actor.Start + actor.Length);
        if (verb.StartsWith(",") && verb[1..].IndexOf(',') is var close and >= 0)
        {
            verb = verb[(close + 2)..];
        }

        verb = verb[..Math.Min(verb.Length, 40)];
        if (cues.Elaboration.IsMatch(verb))
        {
            return false;
        }

        // The actor who was already acting goes on, named by person or, for a third party, by party,
        // unless acting anew; a pronoun subject ("In September, he stated …") is whoever acted before.
        Mention? previous = null;
        var actors = new List<Mention>();
        foreach (var s in current)
        {
            var who = Pronoun().IsMatch(s.Text) ? previous : Actor(s, gazetteer, cues);
            if (who is not null)
            {
                actors.Add(who);
                previous = who;
            }
        }

        var side = gazetteer.Party(actor.Party)?.IsSide == true;
        var known = actors.Any(m => (actor.Person is not null && m.Person == actor.Person)
            || (!side && m.Party == actor.Party && (m.Person is null || actor.Person is null))
            || (actor.Person is null && m.Person is null && m.Party == actor.Party));
        return !known || cues.Action.IsMatch(verb.ToString());
    }

    /// <summary>
    /// Who acts in a sentence: the first party or person named after a leading clause ("Following …, X
    /// announced"), the agent of a passive, a demonym only with an institution ("the Russian government");
    /// a possessor ("X's adviser Y") gives way to the one it possesses, a title to the person it names.
    /// </summary>
    internal static Mention? Actor(SentenceFacts sentence, Gazetteer gazetteer, Cues cues)
    {
        var text = sentence.Text;
        var from = 0;
        var lead = cues.LeadingClause.Match(text);
        if (lead.Success)
        {
            from = lead.Length;
        }

        var passive = PassiveAgent().Match(text);
        if (passive.Success)
        {
            from = passive.Index + passive.Length;
        }

        var mentions = sentence.Mentions.Where(m => m.Start >= from && m.Start - from <= 120).ToList();
        var candidates = mentions.Where(m => !m.ByDemonym || cues.Institution.IsMatch(text.AsSpan(m.Start + m.Length).ToString())).ToList();
        var first = candidates.FirstOrDefault();
        if (first is not null && Possessive().IsMatch(text.AsSpan(first.Start + first.Length)))
        {
            var owner = first;
            first = candidates.FirstOrDefault(m => m.Start > owner.Start && m.Start - owner.Start <= 40
                && !cues.Reporting.Match(text, owner.Start, m.Start - owner.Start).Success) ?? owner;
        }

        // "Russian Foreign Minister Sergey Lavrov": the person a title names is the actor; "the governor said the mayor …"
        // has a verb between the two, so the party acts.
        return first is { Person: null }
            ? mentions.FirstOrDefault(m => m.Person is not null && m.Start > first.Start && m.Start - first.Start <= 60
                && IsTitle(text.Substring(first.Start + first.Length, m.Start - first.Start - first.Length), cues)) ?? first
            : first;
    }

    /// <summary>
    /// One event per happening: a document may tell a happening more than once (in its lead and in its own
    /// section). Events of different paragraphs dated to the same day by their own words, of compatible
    /// kinds and sharing a party beyond the two sides of the conflict (or a person), are one; the mention
    /// under the most precise heading keeps the event, with the parties of all.
    /// </summary>
    private static List<ExtractedEvent> MergeMentions(DocumentFacts facts, List<ExtractedEvent> events, Gazetteer gazetteer)
    {
        var document = facts.Document;
        // The telling under the most precise heading keeps the event; one in the body before one in the lead, which sums up.
        int Specificity(ExtractedEvent e) =>
            (e.RoundIndex is not null ? 4 : 0)
            + (document.Passages[e.Span.PassageIndex].SectionIndex is { } s && facts.Sections[s].Date is { Precision: DatePrecision.Day or DatePrecision.Month } ? 2 : 0)
            + (InLead(document, e.Span.PassageIndex) ? 0 : 1);

        var kept = new List<ExtractedEvent>();
        // A survivor's retellings are gathered apart and joined once: copying its list at every merge cost the square of them.
        var retold = new Dictionary<int, List<Retelling>>();
        var byDate = new Dictionary<DateOnly, List<int>>();
        foreach (var candidate in events.OrderByDescending(Specificity).ThenBy(e => e.Span.PassageIndex).ThenBy(e => e.Span.CleanStart))
        {
            // Only an event the text dates to its day can be another telling of one (SameHappening).
            if (candidate.DateStart is not { } day || !candidate.DatedInText || candidate.Precision != DatePrecision.Day)
            {
                kept.Add(candidate);
                continue;
            }

            var sameDay = byDate.TryGetValue(day, out var indexes) ? indexes : byDate[day] = [];
            var same = sameDay.FirstOrDefault(k => SameHappening(kept[k], candidate, gazetteer), -1);
            if (same < 0)
            {
                sameDay.Add(kept.Count);
                kept.Add(candidate);
                continue;
            }

            var survivor = kept[same];
            kept[same] = survivor with
            {
                Parties = [.. survivor.Parties, .. candidate.Parties.Where(p => survivor.Parties.All(s => s.Party != p.Party))],
                People = [.. survivor.People.Union(candidate.People)],
                Topics = [.. survivor.Topics.Union(candidate.Topics)],
                RoundIndex = survivor.RoundIndex ?? candidate.RoundIndex,
            };
            var retellings = retold.TryGetValue(same, out var list) ? list : retold[same] = [.. survivor.Retellings];
            retellings.Add(new Retelling(candidate.Span, candidate.Summary));
            retellings.AddRange(candidate.Retellings);
        }

        foreach (var (index, retellings) in retold)
        {
            kept[index] = kept[index] with { Retellings = retellings };
        }

        return [.. kept.OrderBy(e => e.Span.PassageIndex).ThenBy(e => e.Span.CleanStart)];
    }

    /// <summary>A passage before the first heading of the body: the document's lead.</summary>
    private static bool InLead(SegmentedDocument document, int passageIndex) =>
        document.Passages[passageIndex].SectionIndex is not { } s || (s == 0 && document.Passages[0].SectionIndex == 0);

    private static bool SameHappening(ExtractedEvent a, ExtractedEvent b, Gazetteer gazetteer)
    {
        // Only a day the text itself gives pins a happening down: two statements "in May" are rarely one.
        if (!a.DatedInText || !b.DatedInText || a.Span.PassageIndex == b.Span.PassageIndex || a.Precision != DatePrecision.Day || b.Precision != DatePrecision.Day
            || a.DateStart != b.DateStart || (a.DateEnd is not null && b.DateEnd is not null && a.DateEnd != b.DateEnd))
        {
            return false;
        }

        var talks = new[] { EventKind.Round, EventKind.Meeting, EventKind.Summit };
        var kinds = a.Kind == b.Kind || (talks.Contains(a.Kind) && talks.Contains(b.Kind)) || a.Kind == EventKind.Other || b.Kind == EventKind.Other;
        if (!kinds)
        {
            return false;
        }

        // Nearly every happening names the two sides; the others it names tell it apart.
        HashSet<string> Others(ExtractedEvent e) => e.Parties.Select(p => p.Party).Where(p => gazetteer.Party(p)?.IsSide != true).ToHashSet();
        var (left, right) = (Others(a), Others(b));
        return left.Count == 0 || right.Count == 0 || left.Overlaps(right) || a.People.Intersect(b.People).Any();
    }

    private static ExtractedEvent Build(DocumentFacts facts, List<SentenceFacts> sentences, EventDate date, Gazetteer gazetteer, int? sectionRound, bool ownClause = false)
    {
        var document = facts.Document;
        var span = SourceSpan.Of(sentences[0].Sentence, sentences[^1].Sentence);
        var passage = sentences[0].Passage;
        var first = sentences[0].Text;
        var text = passage.Text.Text.Substring(span.CleanStart, span.CleanLength);
        var mentions = sentences
            .SelectMany(s => s.Mentions.Select(m => m with { Start = m.Start + s.Sentence.Start - span.CleanStart }))
            .ToList();
        var parties = PartyRoles.Of(text, mentions);
        var people = mentions.Where(m => m.Person is not null).Select(m => m.Person!).Distinct().ToList();
        var heading = passage.SectionIndex is { } s ? document.Sections[s].Heading : "";
        var kind = EventClassifier.Classify(first, sectionRound is null ? "" : heading);
        var phrase = date.Phrase;
        return new ExtractedEvent(
            span,
            phrase?.DateStart,
            phrase?.DateEnd,
            phrase?.Precision,
            phrase?.Text ?? "",
            date.From,
            date.AsOf,
            Headline.Of(first, date.InSentence ? phrase : null, Antecedents(facts, sentences[0]), ownClause: ownClause),
            first,
            kind,
            sectionRound,
            parties,
            people,
            [.. sentences.SelectMany(x => x.Topics).Distinct()]);
    }

    /// <summary>The sentences of the passage before the event's own, nearest last: what its pronouns may refer to.</summary>
    private static List<Antecedent> Antecedents(DocumentFacts facts, SentenceFacts first)
    {
        // Up to six sentences back, into the passages before it under the same heading. Walked back from the event's
        // own sentence: gathering the whole passage first cost the square of a long passage's sentences.
        const int reach = 6;
        var before = new List<Antecedent>(reach);
        var section = first.Passage.SectionIndex;
        for (var i = first.Sentence.Index - 1; i >= 0 && before.Count < reach && facts.Sentences[i].Passage.SectionIndex == section; i--)
        {
            before.Add(new Antecedent(facts.Sentences[i].Text, facts.Sentences[i].Mentions));
        }

        before.Reverse();
        return before;
    }

    private static bool IsTitle(string between, Cues cues) =>
        !cues.Reporting.IsMatch(between) && !cues.Auxiliary.IsMatch(between) && !cues.TellsAHappening(between) && between.IndexOfAny([',', ';', '.', ':']) < 0;

    [GeneratedRegex(@"\bon\s*$")]
    private static partial Regex OwnClause();

    // "elections such as 1824, 1876, 1888 and 2000": dates listed one after another, each its own happening.
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|,\s*or\s+)$")]
    private static partial Regex ListOfDates();

    // "…, and the Ottoman Empire entered the war … in late October 1914", "…, while Schwann extended it … in 1839":
    // another clause with a subject and a date of its own tells another happening.
    [GeneratedRegex(@"(?:,\s*(?:and|while|whereas|but)\s|;\s)[^,;]*\b(?:on|in|by|during)\s*$")]
    private static partial Regex CoordinateClause();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\W*(?:He|She|They)\s+(?:also|then|later|subsequently)\s+(?<verb>\p{Ll}+)")]
    private static partial Regex PronounActs();

    [GeneratedRegex(@"^\W*(?:[^,]{0,60},\s*)?[Tt]hey\s+(?:also\s+|then\s+|later\s+)?(?!said|stated|added|told|noted|claimed|were|are|had|have|would|could)\p{Ll}+")]
    private static partial Regex GroupActs();

    // A sentence that opens on a proper name and its verb: "Haidai also claimed …", "Seminikhin asked …".
    [GeneratedRegex(@"^\W*(?<name>\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}+){0,2}) (?:also |then |later |again |further )?(?=\p{Ll}+(?:ed|s)?\b)")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^(?:[^,]{0,80},\s*)?(?:he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:was|were|has been|have been)\s+\w+(?:ed|en)\s+by\s+")]
    private static partial Regex PassiveAgent();
}

/// <summary>
/// An event's date: the phrase that gives it (null when undated), where it was found, whether it is "as
/// of", and whether the phrase stands in the event's own first sentence.
/// </summary>
public sealed record EventDate(DatePhrase? Phrase, DateSource From, bool AsOf, bool InSentence = false)
{
    public static EventDate Undated { get; } = new(null, DateSource.None, false);
}
