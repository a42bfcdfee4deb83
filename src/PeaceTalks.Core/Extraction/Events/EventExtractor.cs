using System.Text.RegularExpressions;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>
/// Finds the dated happenings of a document. A sentence with a date opens an event; the sentences
/// after it that carry no date of their own and no new actor continue it ("Both sides agreed to open
/// humanitarian corridors"). Under a dated heading ("January 2024") an undated statement is an event
/// of that month. A date in a "since" or "until" clause is a reference, not the event's date.
/// </summary>
public static partial class EventExtractor
{
    public static IReadOnlyList<ExtractedEvent> Extract(
        SegmentedDocument document,
        IReadOnlyList<SectionDate> sectionDates,
        Gazetteer gazetteer,
        TopicTagger topics,
        Func<int?, int?> roundOfSection,
        List<ImportWarning> warnings)
    {
        var events = new List<ExtractedEvent>();
        var referenceDate = ReferenceDate(document);
        int? runningYear = referenceDate?.DateStart.Year;
        DatePhrase? lastDate = null;
        int? lastSection = null;
        Mention? lastActor = null;
        foreach (var passage in document.Passages)
        {
            var section = passage.SectionIndex is { } s ? sectionDates[s] : null;
            var fallback = document.Format == DocumentFormat.QaMarkdown ? referenceDate : section?.Date;
            List<Sentence>? sentences = null;
            DatePhrase? date = null;
            lastActor = null;
            foreach (var sentence in Sentence.Of(passage))
            {
                // "'' LSE Public Policy Review'', vol. 3, no. 1, 2023 accessed 25 February 2024": a citation, not a happening.
                if (Citation().IsMatch(sentence.Text))
                {
                    continue;
                }

                var scan = DatePhraseFinder.FindAll(sentence.Text, new DateContext(section?.Year ?? runningYear));
                foreach (var problem in scan.Problems)
                {
                    warnings.Add(new ImportWarning(document.Source.Where, document.Source.LineOf(passage.Text.ToRaw(sentence.Start, sentence.Length).Start),
                        $"date \"{problem.Text}\" was not used: {problem.Reason}"));
                }

                var phrases = EventDates(sentence.Text, scan.Phrases, section?.Date);

                // "He noted that Ukraine was a neutral country in 2014 when …": a date inside what the
                // speaker of the current event says recalls another time; the sentence goes on with the event.
                if (sentences is not null && ContinuationLead().IsMatch(sentence.Text)
                    && ReportedClause().Match(sentence.Text) is { Success: true } reported && phrases.All(p => p.Start > reported.Index))
                {
                    phrases = [];
                }
                foreach (var explicitYear in scan.Phrases.Where(p => !p.YearInferred))
                {
                    runningYear = explicitYear.DateStart.Year;
                }

                // "Later that day, President Zelenskyy told …" may open the paragraph after the one it counts from.
                var anchor = date ?? (passage.SectionIndex == lastSection ? lastDate : null);
                var relative = anchor is null ? null : RelativeDay(sentence.Text, anchor);
                if (phrases.Count > 0 || relative is not null)
                {
                    Close();

                    // "Later that day, the Financial Times reported that a 15-point plan, first discussed on 14 March, …":
                    // the lead dates the sentence; the date inside recalls an earlier one.
                    var happenings = relative is not null ? [relative] : Happenings(sentence.Text, phrases);

                    // Under "May 2024", "Ukraine said Putin's claims are aimed at undermining the … summit in June":
                    // the statement is of the heading's month; the later month is a happening it looks ahead to.
                    if (relative is null && fallback is { Precision: DatePrecision.Month } heading
                        && happenings[0] is { Precision: DatePrecision.Month, YearInferred: true } ahead && ahead.DateStart > heading.DateStart
                        && ReportingVerb().IsMatch(sentence.Text[..happenings[0].Start]))
                    {
                        happenings.Insert(0, heading with { Start = -1, Length = 0 });
                    }

                    // "Orban visited Ukraine, on 5 July proceeding to Russia and on 8 July to China": each
                    // further date of the sentence is a happening of its own; the first one goes on.
                    foreach (var further in happenings.Skip(1))
                    {
                        events.Add(Build(document, passage, [sentence], further, gazetteer, topics, roundOfSection(passage.SectionIndex)));
                    }

                    sentences = [sentence];
                    date = happenings[0];
                }
                else if (sentences is not null
                    && (!StartsNewHappening(sentence.Text, sentences, lastActor, gazetteer)
                        || (fallback is null && date!.Precision != DatePrecision.Day)))
                {
                    sentences.Add(sentence);
                }
                else if (sentences is not null || fallback is not null)
                {
                    // A new actor's statement: dated by the day it follows, else by the heading ("January 2024").
                    var inherited = (date is { Precision: DatePrecision.Day } ? date : fallback ?? date!) with { Start = -1, Length = 0 };
                    Close();
                    sentences = [sentence];
                    date = inherited;
                }
            }

            Close();

            void Close()
            {
                if (sentences is { Count: > 0 } && date is not null)
                {
                    (lastDate, lastSection) = (date, passage.SectionIndex);
                    lastActor = sentences.Select(x => Actor(x.Text, gazetteer)).FirstOrDefault(a => a is not null);
                    events.Add(Build(document, passage, sentences, date, gazetteer, topics, roundOfSection(passage.SectionIndex)));
                }

                sentences = null;
                date = null;
            }
        }

        return MergeMentions(document, sectionDates, events);
    }

    /// <summary>
    /// One event per happening: the article tells some happenings more than once ("The first meeting was
    /// held … on 28 February 2022" in the introduction, "Talks began on 28 February" in its own section).
    /// Events of different paragraphs on the same date, of compatible kinds and with a party in common,
    /// are one; the mention under the most precise heading keeps the event, with the parties of all.
    /// </summary>
    private static List<ExtractedEvent> MergeMentions(SegmentedDocument document, IReadOnlyList<SectionDate> sectionDates, List<ExtractedEvent> events)
    {
        int Specificity(ExtractedEvent e) =>
            (e.RoundIndex is not null ? 2 : 0)
            + (document.Passages[e.Span.PassageIndex].SectionIndex is { } s && sectionDates[s].Date is { Precision: DatePrecision.Day or DatePrecision.Month } ? 1 : 0);

        var kept = new List<ExtractedEvent>();
        var byDate = new Dictionary<DateOnly, List<int>>();
        foreach (var candidate in events.OrderByDescending(Specificity).ThenBy(e => e.Span.PassageIndex).ThenBy(e => e.Span.CleanStart))
        {
            var sameDay = byDate.TryGetValue(candidate.DateStart, out var indexes) ? indexes : byDate[candidate.DateStart] = [];
            var same = sameDay.FirstOrDefault(k => SameHappening(kept[k], candidate), -1);
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
        }

        return [.. kept.OrderBy(e => e.Span.PassageIndex).ThenBy(e => e.Span.CleanStart)];
    }

    private static bool SameHappening(ExtractedEvent a, ExtractedEvent b)
    {
        // Only a day the text itself gives pins a happening down: two statements "in May 2022" are
        // rarely one, and the claims of a Q&A page that all take the page's date are not one either.
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
        var principals = new[] { "Russia", "Ukraine" };
        var others = (ExtractedEvent e) => e.Parties.Select(p => p.Party).Except(principals).ToHashSet();
        var (left, right) = (others(a), others(b));
        return left.Count == 0 || right.Count == 0 || left.Overlaps(right) || a.People.Intersect(b.People).Any();
    }

    /// <summary>The date undated claims of a Q&amp;A answer belong to: its "As of October 2023", else the page date.</summary>
    private static DatePhrase? ReferenceDate(SegmentedDocument document)
    {
        var pageDate = document.Qa?.Date;
        if (document.Format != DocumentFormat.QaMarkdown)
        {
            return null;
        }

        var context = new DateContext(pageDate?.Year);
        var first = document.Passages
            .Select(p => DatePhraseFinder.FindAll(p.Text.Text, context).Phrases.FirstOrDefault(d => !d.YearInferred))
            .FirstOrDefault(p => p is not null);
        if (first is not null)
        {
            return first;
        }

        return pageDate is { } d ? new DatePhrase(-1, 0, d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), d, null, DatePrecision.Day, false) : null;
    }

    /// <summary>The phrases that date the sentence's own happening, in order.</summary>
    private static List<DatePhrase> EventDates(string sentence, IReadOnlyList<DatePhrase> phrases, DatePhrase? heading)
    {
        // "The 2022 Kharkiv counteroffensive", "the 1997 presence": a year used as an adjective names a
        // thing, it does not date the sentence.
        return phrases
            .Where(p => !IsReference(sentence, p) && !(p.Precision == DatePrecision.Year && IsAttributive(sentence, p)) && !IsBefore(p, heading))
            .ToList();
    }

    // Under "December 2022", "the regions it annexed from Ukraine in September 2022" recalls an earlier
    // happening; the statement itself belongs to the heading's month.
    private static bool IsBefore(DatePhrase phrase, DatePhrase? heading) =>
        heading is { Precision: DatePrecision.Month or DatePrecision.Day }
        && phrase.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Part
        && (phrase.DateEnd ?? phrase.DateStart) < new DateOnly(heading.DateStart.Year, heading.DateStart.Month, 1);

    /// <summary>
    /// The happenings a sentence's dates stand for: "3 and 7 March 2022" is two days, two happenings;
    /// a further date in its own clause ("…, on 5 July proceeding to Russia") is another.
    /// </summary>
    private static List<DatePhrase> Happenings(string sentence, List<DatePhrase> phrases)
    {
        var happenings = new List<DatePhrase>();
        foreach (var phrase in phrases)
        {
            // "5 and 6 August" is one two-day happening; "3 and 7 March" two.
            var isList = phrase.DateEnd is { } end && phrase.Precision == DatePrecision.Day && end.DayNumber - phrase.DateStart.DayNumber > 1
                && phrase.Text.Contains(" and ", StringComparison.Ordinal) && !phrase.Text.StartsWith("between", StringComparison.OrdinalIgnoreCase);
            var parts = isList
                ? new[] { phrase with { DateEnd = null }, phrase with { DateStart = phrase.DateEnd!.Value, DateEnd = null } }
                : new[] { phrase };
            if (happenings.Count == 0)
            {
                happenings.AddRange(parts);
            }
            else if (phrase.Precision == DatePrecision.Day && OwnClause().IsMatch(sentence[..phrase.Start]) && !happenings.Any(h => h.DateStart == phrase.DateStart))
            {
                happenings.AddRange(parts);
            }
        }

        return happenings;
    }

    private static bool IsReference(string sentence, DatePhrase phrase)
    {
        var before = sentence[..phrase.Start].TrimEnd();
        return ReferenceLead().IsMatch(before) || SinceClause().IsMatch(before);
    }

    private static bool IsAttributive(string sentence, DatePhrase phrase)
    {
        var before = sentence[..phrase.Start];
        var after = sentence[(phrase.Start + phrase.Length)..];
        return (before.EndsWith("the ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("a ", StringComparison.Ordinal))
            && after.Length > 1 && after[0] == ' ' && char.IsLetter(after[1]);
    }

    /// <summary>"The next day", "Later that day", "the day before": a day counted from the event before.</summary>
    private static DatePhrase? RelativeDay(string sentence, DatePhrase previous)
    {
        if (previous.Precision != DatePrecision.Day)
        {
            return null;
        }

        var match = RelativeDayLead().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var offset = match.Groups["next"].Success ? 1 : match.Groups["before"].Success ? -1 : 0;
        var day = previous.DateStart.AddDays(offset);
        return new DatePhrase(match.Index, match.Length, match.Value, day, null, DatePrecision.Day, true);
    }

    // An undated sentence is a new happening when an actor does something reportable: a different actor
    // ("President Zelenskyy denounced …" after "On 15 May, Putin convened …"), or the same one acting
    // anew ("Zelenskyy signed a presidential decree …"); "He stressed …" goes on with the same one.
    private static bool StartsNewHappening(string sentence, List<Sentence> current, Mention? previousActor, Gazetteer gazetteer)
    {
        // "A Kremlin spokesman denied the story": an answer to what was just told belongs to it.
        if (ContinuationLead().IsMatch(sentence) || !ReportingVerb().IsMatch(sentence) || Denial().IsMatch(sentence))
        {
            return false;
        }

        if (NewSetting().IsMatch(sentence))
        {
            return true;
        }

        var actor = Actor(sentence, gazetteer);
        if (actor is null)
        {
            return false;
        }

        // What the actor does right after being named (past an apposition: "Arestovych, a member of the
        // delegation, also said"): "Lavrov also praised", "He stressed" go on with the same happening.
        var verb = sentence.AsSpan(actor.Start + actor.Length);
        if (verb.StartsWith(",") && verb[1..].IndexOf(',') is var close and >= 0)
        {
            verb = verb[(close + 2)..];
        }

        verb = verb[..Math.Min(verb.Length, 40)];
        if (Elaboration().IsMatch(verb))
        {
            return false;
        }

        // The actor who was already speaking goes on, named by person or, for a third party, by party
        // ("Qin Gang" / "China" / "the PRC"), unless acting anew ("Zelenskyy signed …").
        // "In September 2023, he stated …": "he" is whoever spoke before.
        var speakers = current
            .Select(s => Pronoun().IsMatch(s.Text) ? previousActor : Actor(s.Text, gazetteer))
            .OfType<Mention>()
            .ToList();

        var principal = actor.Party is "Russia" or "Ukraine";

        var known = speakers.Any(m => (actor.Person is not null && m.Person == actor.Person)
            || (!principal && m.Party == actor.Party && (m.Person is null || actor.Person is null))
            || (actor.Person is null && m.Person is null && m.Party == actor.Party));
        return !known || ActionVerb().IsMatch(verb);
    }

    /// <summary>
    /// Who acts in a sentence: the first party or person named after a leading clause ("Following
    /// Putin's announcement …, Zelenskyy announced"), a demonym counting only with an institution
    /// ("The Russian government announced").
    /// </summary>
    private static Mention? Actor(string sentence, Gazetteer gazetteer)
    {
        var from = 0;
        var lead = LeadingClause().Match(sentence);
        if (lead.Success)
        {
            from = lead.Length;
        }

        // "Prabowo's proposal was criticised by EU foreign policy chief Josep Borrell": the agent acts.
        var passive = PassiveAgent().Match(sentence);
        if (passive.Success)
        {
            from = passive.Index + passive.Length;
        }

        var mentions = gazetteer.Find(sentence).Where(m => m.Start >= from && m.Start - from <= 120).ToList();
        var candidates = mentions.Where(m => !m.ByDemonym || Institution().IsMatch(sentence.AsSpan(m.Start + m.Length))).ToList();

        // "Lula’s foreign policy adviser Celso Amorim said": a possessor is not the actor when someone follows.
        var first = candidates.FirstOrDefault();
        if (first is not null && Possessive().IsMatch(sentence.AsSpan(first.Start + first.Length)))
        {
            var owner = first;
            first = candidates.FirstOrDefault(m => m.Start > owner.Start && m.Start - owner.Start <= 40
                && !ReportingVerb().IsMatch(sentence.AsSpan(owner.Start, m.Start - owner.Start))) ?? owner;
        }


        // "Russian Foreign Minister Sergey Lavrov": the person the title belongs to is the actor.
        return first is { Person: null }
            ? mentions.FirstOrDefault(m => m.Person is not null && m.Start > first.Start && m.Start - first.Start <= 60) ?? first
            : first;
    }

    private static ExtractedEvent Build(
        SegmentedDocument document,
        PassageSpan passage,
        List<Sentence> sentences,
        DatePhrase date,
        Gazetteer gazetteer,
        TopicTagger topics,
        int? sectionRound)
    {
        var span = Sentence.Span(sentences[0], sentences[^1]);
        var first = sentences[0].Text;
        var text = passage.Text.Text.Substring(span.CleanStart, span.CleanLength);
        var mentions = gazetteer.Find(text);
        var parties = PartyRoles.Of(text, mentions);
        var people = mentions.Where(m => m.Person is not null).Select(m => m.Person!).Distinct().ToList();
        var heading = passage.SectionIndex is { } s ? document.Sections[s].Heading : "";
        var kind = EventClassifier.Classify(first, sectionRound is null ? "" : heading);
        var dateText = date.Start >= 0 ? date.Text : date.Text;
        return new ExtractedEvent(
            span,
            date.DateStart,
            date.DateEnd,
            date.Precision,
            dateText,
            Headline.Of(first, date.Start >= 0 ? date : null),
            first,
            kind,
            sectionRound,
            parties,
            people,
            topics.Tag(text),
            DatedInText: date.Start >= 0);
    }

    [GeneratedRegex(@"(?:\b(?:since|until|till|before|prior to|as early as|accessed|retrieved)(?: at least)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLead();

    [GeneratedRegex(@"^(?:\W*)(?:(?<next>The next day|The following day|A day later)|(?<same>Later that day|Later the same day|That same day)|(?:However, )?(?<before>the day before|The day before))", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDayLead();

    [GeneratedRegex(@"^(?:He|She|It|They|This|These|That|Those|His|Her|Its|Their|Lastly|Finally|Furthermore|Moreover|Additionally|In addition|According to|Both|Later|However|But|Also|The (?:[\w-]+ ){0,2}(?:talks|call|meeting|plan|proposal|agreement|summit|conference|delegation|participants|document|treaty|paper|formula))\b")]
    private static partial Regex ContinuationLead();

    [GeneratedRegex(@"\b(?:said|stated|announced|denounced|proposed|rejected|called|warned|urged|met|visited|signed|claimed|told|expressed|declared|responded|criticized|criticised|praised|suggested|denied|presented|published|reported|offered|demanded|insisted|agreed|tweeted|questioned|remarked|thanked|confirmed|accused|dismissed|condemned|welcomed)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"^\W*(?:\S+\s+)?(?:stressed|emphasi[sz]ed|added|noted|explained|reiterated|clarified|continued|went on|also)\b")]
    private static partial Regex Elaboration();

    [GeneratedRegex(@"\b(?:announced|signed|rejected|proposed|visited|met|declared|confirmed|presented|published|thanked)\b")]
    private static partial Regex ActionVerb();

    [GeneratedRegex(@"\b(?:since|until)\b[^,.;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceClause();

    [GeneratedRegex(@"\bon\s*$")]
    private static partial Regex OwnClause();

    [GeneratedRegex(@"^(?:(?:Following|After|Before|Ahead of|Prior to|In response to|Responding to|Reacting to|Speaking to)\b[^,]{0,120}|(?:At|During|In|On)\b[^,]{0,50}),\s*")]
    private static partial Regex LeadingClause();

    [GeneratedRegex(@"^\s+(?:government|leadership|ministry|Ministry|delegation|side|officials|authorities|president|President|foreign minister|Foreign Minister|Foreign Ministry|defense minister|Defense Minister)\b")]
    private static partial Regex Institution();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:[^,]{0,50},\s*)?(?:he|she|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\bdenied (?:the|this|that|these|there|reports?|any)\b")]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:said|noted|stated|claimed|argued|recalled|added|explained) that\b")]
    private static partial Regex ReportedClause();

    [GeneratedRegex(@"\b(?:was|were|has been|have been)\s+\w+(?:ed|en)\s+by\s+")]
    private static partial Regex PassiveAgent();

    // A new setting is a new happening, whoever speaks: "Speaking to ''Bild'', Zelenskyy stated …".
    [GeneratedRegex(@"^(?:Speaking to|In an interview|In a speech|In a video address|In a statement|At a press conference|In a televised)\b")]
    private static partial Regex NewSetting();

    [GeneratedRegex(@"\b(?:accessed|retrieved|vol\.|pp\.)\s|\bno\. \d")]
    private static partial Regex Citation();
}
