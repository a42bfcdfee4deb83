using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>The year and date a section's heading gives its sentences: "May 2022", "First round (28 February)" under "… 2022".</summary>
public sealed record SectionDate(int? Year, DatePhrase? Date);

public static class SectionDates
{
    public static IReadOnlyList<SectionDate> Of(SegmentedDocument document, int? documentYear)
    {
        var dates = new List<SectionDate>(document.Sections.Count);
        foreach (var section in document.Sections)
        {
            var parentYear = section.ParentIndex is { } p ? dates[p].Year : null;
            var phrase = DatePhraseFinder.FindAll(section.Heading, new DateContext(parentYear ?? documentYear)).Phrases is [var first, ..] ? first : null;
            var year = phrase is { YearInferred: false } ? phrase.DateStart.Year : parentYear ?? phrase?.DateStart.Year;
            dates.Add(new SectionDate(year, phrase));
        }

        return dates;
    }
}
