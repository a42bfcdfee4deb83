using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Events;
using PeaceTalks.Core.Extraction.Facts;
using PeaceTalks.Core.Extraction.Positions;
using PeaceTalks.Core.Extraction.Proposals;
using PeaceTalks.Core.Extraction.Rounds;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction;

/// <summary>Runs the extraction stages over one segmented document: its facts are read once, then each stage uses them.</summary>
public static class DocumentExtractor
{
    public static ExtractionResult Extract(SegmentedDocument document, Gazetteer gazetteer, TopicTagger topics)
    {
        var facts = FactReader.Read(document, gazetteer, topics);
        var warnings = new List<ImportWarning>(facts.Warnings);
        var rounds = RoundExtractor.Extract(facts);
        var roundBySection = rounds.Where(r => r.SectionIndex is not null).GroupBy(r => r.SectionIndex).ToDictionary(g => g.Key!.Value, g => g.Count() == 1 ? g.First().Index : (int?)null);
        // An event of a round's section is the round's only on the round's days: a section tells what happened around it too.
        var events = EventExtractor.Extract(facts, gazetteer, (section, date) =>
            section is { } s && roundBySection.TryGetValue(s, out var r) && r is { } index && RoundExtractor.IsOwnEvent(rounds[index], date) ? index : null);

        events = events
            .Select(e => e.RoundIndex is not null ? e : e with
            {
                RoundIndex = RoundExtractor.RoundFor(rounds, document.Passages[e.Span.PassageIndex].SectionIndex, e.Summary, e.DateStart),
            })
            .ToList();

        var eventsByPassage = events.ToLookup(e => e.Span.PassageIndex);
        DatePhrase? DateOf(PassageSpan passage, Sentence sentence)
        {
            var covering = eventsByPassage[passage.Index].FirstOrDefault(e => e.Span.CleanStart <= sentence.Start && sentence.Start < e.Span.CleanStart + e.Span.CleanLength);
            if (covering is { DateStart: { } start })
            {
                return new DatePhrase(-1, 0, covering.DateText, start, covering.DateEnd, covering.Precision ?? DatePrecision.Day, false);
            }

            // A sentence no event holds still belongs to its heading's date ("June 2024").
            return covering is null ? facts.HeadingDate(passage) : null;
        }

        var proposals = ProposalExtractor.Extract(document, DateOf, gazetteer, topics);
        var positions = PositionExtractor.Extract(facts, DateOf, gazetteer);
        return new ExtractionResult(events, rounds, positions, proposals, warnings);
    }
}
