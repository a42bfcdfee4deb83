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
        foreach (var passage in document.Passages)
        {
            var section = passage.SectionIndex is { } s ? sectionDates[s] : null;
            var fallback = document.Format == DocumentFormat.QaMarkdown ? referenceDate : section?.Date;
            List<Sentence>? sentences = null;
            DatePhrase? date = null;
            foreach (var sentence in Sentence.Of(passage))
            {
                var scan = DatePhraseFinder.FindAll(sentence.Text, new DateContext(section?.Year ?? runningYear));
                foreach (var problem in scan.Problems)
                {
                    warnings.Add(new ImportWarning(document.Source.FileName, document.Source.LineOf(passage.Text.ToRaw(sentence.Start, sentence.Length).Start),
                        $"date \"{problem.Text}\" was not used: {problem.Reason}"));
                }

                var phrases = EventDates(sentence.Text, scan.Phrases);
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
                    sentences = [sentence];
                    date = phrases.Count > 0 ? phrases[0] : relative;
                }
                else if (sentences is not null && (fallback is null || !StartsNewHappening(sentence.Text, sentences[0].Text, gazetteer)))
                {
                    sentences.Add(sentence);
                }
                else if (fallback is not null)
                {
                    Close();
                    sentences = [sentence];
                    date = fallback with { Start = -1, Length = 0 };
                }
                else
                {
                    Close();
                }
            }

            Close();

            void Close()
            {
                if (sentences is { Count: > 0 } && date is not null)
                {
                    (lastDate, lastSection) = (date, passage.SectionIndex);
                    events.Add(Build(document, passage, sentences, date, gazetteer, topics, roundOfSection(passage.SectionIndex)));
                }

                sentences = null;
                date = null;
            }
        }

        return events;
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
    private static List<DatePhrase> EventDates(string sentence, IReadOnlyList<DatePhrase> phrases)
    {
        // "The 2022 Kharkiv counteroffensive", "the 1997 presence": a year used as an adjective names a
        // thing, it does not date the sentence.
        return phrases.Where(p => !IsReference(sentence, p) && !(p.Precision == DatePrecision.Year && IsAttributive(sentence, p))).ToList();
    }

    private static bool IsReference(string sentence, DatePhrase phrase)
    {
        var before = sentence[..phrase.Start].TrimEnd();
        return ReferenceLead().IsMatch(before);
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

    // An undated sentence is a new happening when a different actor does something reportable:
    // "President Zelenskyy denounced suggestions by …" after "On 15 May, Putin convened …".
    private static bool StartsNewHappening(string sentence, string opening, Gazetteer gazetteer)
    {
        if (ContinuationLead().IsMatch(sentence) || !ReportingVerb().IsMatch(sentence))
        {
            return false;
        }

        var actor = gazetteer.Find(sentence).FirstOrDefault(m => !m.ByDemonym);
        if (actor is null || actor.Start > 60)
        {
            return false;
        }

        var openingParties = gazetteer.Find(opening).Select(m => m.Person ?? m.Party).ToHashSet();
        return !openingParties.Contains(actor.Person ?? actor.Party);
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
            topics.Tag(text));
    }

    [GeneratedRegex(@"(?:\b(?:since|until|till|before|prior to|as early as|accessed|retrieved)(?: at least)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLead();

    [GeneratedRegex(@"^(?:\W*)(?:(?<next>The next day|The following day|A day later)|(?<same>Later that day|Later the same day|That same day)|(?:However, )?(?<before>the day before|The day before))", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDayLead();

    [GeneratedRegex(@"^(?:He|She|It|They|This|These|That|Those|His|Her|Its|Their|Furthermore|Moreover|Additionally|In addition|The talks|The call|The meeting|The plan|The proposal|The agreement|The summit|The conference|Both|After|Later|Following|However|But|Also|In response|Responding)\b")]
    private static partial Regex ContinuationLead();

    [GeneratedRegex(@"\b(?:said|stated|announced|denounced|proposed|rejected|called|warned|urged|met|visited|signed|claimed|told|expressed|declared|responded|criticized|criticised|praised|suggested|denied|presented|published|reported|offered|demanded|insisted|agreed)\b")]
    private static partial Regex ReportingVerb();
}
