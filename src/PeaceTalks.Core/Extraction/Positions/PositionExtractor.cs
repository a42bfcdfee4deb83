using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Facts;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Positions;

/// <summary>
/// A party's stance on a topic: the sentences of a section named after a party ("Negotiating
/// positions" › "Russia"), and anywhere else a party's actor demands, refuses or sets a condition.
/// </summary>
public static partial class PositionExtractor
{
    public static IReadOnlyList<ExtractedPosition> Extract(
        DocumentFacts facts,
        Func<PassageSpan, Sentence, DatePhrase?> dateOf,
        Gazetteer gazetteer)
    {
        var document = facts.Document;
        var positions = new List<ExtractedPosition>();
        foreach (var passage in document.Passages)
        {
            var heading = passage.SectionIndex is { } s ? document.Sections[s].Heading : "";
            var sectionParty = heading.Split(' ').Length <= 2 ? gazetteer.ResolveParty(heading) : null;
            foreach (var sentenceFacts in facts.Of(passage))
            {
                var sentence = sentenceFacts.Sentence;
                var tags = sentenceFacts.Topics;
                if (tags.Count == 0)
                {
                    continue;
                }

                var mentions = sentenceFacts.Mentions;
                string? party = null;
                if (sectionParty is not null && mentions.Any(m => m.Party == sectionParty))
                {
                    party = sectionParty;
                }
                else if (Stance().IsMatch(sentence.Text))
                {
                    party = mentions.FirstOrDefault(m => m.Person is not null && m.Party.Length > 0)?.Party
                        ?? mentions.FirstOrDefault(m => m.Party.Length > 0 && !m.ByDemonym)?.Party;
                }

                if (party is null)
                {
                    continue;
                }

                positions.Add(new ExtractedPosition(party, tags[0], sentence.Text, dateOf(passage, sentence)?.DateStart, SourceSpan.Of(sentence, sentence)));
            }
        }

        return positions;
    }

    [GeneratedRegex(@"\b(?:demand\w*|would not|will not|won't|refus\w*|reject\w*|insist\w*|ready to|willing to|non-negotiable|condition\w*|only if|unless|must|ruled out|not ready|prerequisite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stance();
}
