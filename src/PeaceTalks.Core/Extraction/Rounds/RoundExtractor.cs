using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Facts;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Rounds;

/// <summary>
/// Rounds of talks: a heading dated to days inside a period ("First round (28 February)",
/// "Antalya Diplomacy Forum (10 March)"), and each dated meeting in a section about a series of
/// meetings ("Copenhagen format meetings": "The next meeting was held in Malta on 28 October 2023").
/// </summary>
public static partial class RoundExtractor
{
    public static IReadOnlyList<ExtractedRound> Extract(DocumentFacts facts)
    {
        var document = facts.Document;
        var rounds = new List<ExtractedRound>();
        foreach (var section in document.Sections)
        {
            var date = facts.Sections[section.Index].Date;
            var parent = section.ParentIndex is { } p ? document.Sections[p] : null;
            var isRoundHeading = date is { Precision: DatePrecision.Day }
                && parent is not null && HeadingShapes.Of(parent.Heading) == HeadingShape.Period;
            if (isRoundHeading)
            {
                var text = SectionText(document, section.Index);
                rounds.Add(new ExtractedRound(rounds.Count, NameOf(section.Heading, date!), date!.DateStart, date.DateEnd,
                    PlaceIn(text), FormatIn(text), section.Index));
            }
            else if (SeriesHeading().IsMatch(section.Heading))
            {
                var series = SeriesHeading().Replace(section.Heading, "").Trim();
                foreach (var passage in document.Passages.Where(x => x.SectionIndex == section.Index))
                {
                    foreach (var sentence in facts.Of(passage))
                    {
                        var when = sentence.Dates is [var first, ..] ? first : null;
                        if (when is null || !MeetingWords().IsMatch(sentence.Text))
                        {
                            continue;
                        }

                        var place = PlaceIn(sentence.Text);
                        var name = place is null ? $"{series} meeting ({when.Text})" : $"{series} meeting in {place}";
                        rounds.Add(new ExtractedRound(rounds.Count, name, when.DateStart, when.DateEnd, place, FormatIn(sentence.Text), section.Index));
                    }
                }
            }
        }

        return rounds;
    }

    /// <summary>The round an event belongs to: its section's round, or the round its sentence names by ordinal.</summary>
    public static int? RoundFor(IReadOnlyList<ExtractedRound> rounds, int? sectionIndex, string sentence, DateOnly? date)
    {
        var sameSection = rounds.Where(r => r.SectionIndex == sectionIndex).ToList();
        if (sameSection.Count == 1)
        {
            return sameSection[0].Index;
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

    private static string NameOf(string heading, DatePhrase date)
    {
        var name = heading.Remove(date.Start, date.Length);
        name = EmptyBrackets().Replace(name, "").Trim().TrimEnd(':', ',', '-', '–').Trim();
        return name.Length == 0 ? heading : name;
    }

    private static string SectionText(SegmentedDocument document, int sectionIndex) =>
        string.Join(' ', document.Passages.Where(p => p.SectionIndex == sectionIndex).Select(p => p.Text.Text));

    private static string? PlaceIn(string text)
    {
        var match = Place().Match(text);
        return match.Success ? match.Groups["place"].Value : null;
    }

    private static string FormatIn(string text) => VideoFormat().IsMatch(text) ? "video conference" : "in person";

    [GeneratedRegex(@"\b(?:meetings|rounds|talks)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesHeading();

    [GeneratedRegex(@"\b(?:meeting|conference|held|hosted|summit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWords();

    [GeneratedRegex(@"\b(?:held|hosted|took place|met|meet|start|began|talks)\b[^.;]{0,40}?\b(?:in|at) (?:the )?(?<place>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)")]
    private static partial Regex Place();

    [GeneratedRegex(@"\bvideo ?(?:conference|link|call)\b|\bonline\b", RegexOptions.IgnoreCase)]
    private static partial Regex VideoFormat();

    [GeneratedRegex(@"\(\s*\)")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\b(?<ordinal>first|second|third|fourth|fifth|sixth|seventh)\s+(?:and\s+\w+\s+)?round", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalRound();
}
