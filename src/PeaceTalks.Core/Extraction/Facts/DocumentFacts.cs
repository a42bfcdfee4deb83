using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Facts;

/// <summary>
/// A day counted from the happening before: "The next day" is +1, "Later that day" 0, "The day before" -1;
/// with <see cref="InYears"/>, years counted from the story's year ("the following year", "later that year").
/// </summary>
public sealed record RelativeDay(int Offset, int Start, int Length, string Text, bool InYears = false);

/// <summary>
/// What one sentence says that the rules read, found once for every stage: its date phrases (a year-less
/// one given the year of its context), which of them date its own happening, an "As of" frame, the
/// parties and people it names, its topics and its cues. <see cref="SteppingOut"/>: it does not take the
/// time of the sentence before (a later step, a process); <see cref="NewTime"/>: it moves the story to a time
/// the text does not give ("During the war, …"), so what follows does not take the time before it either.
/// <see cref="Claims"/>: it states something of its present ("33 states have laws"), which an "As of" frame
/// makes a claim reported as of its date.
/// </summary>
public sealed record SentenceFacts(
    Sentence Sentence,
    IReadOnlyList<DatePhrase> Dates,
    IReadOnlyList<DatePhrase> OwnDates,
    DatePhrase? Frame,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<string> Topics,
    RelativeDay? Relative,
    bool IsCitation,
    bool IsSummary,
    bool TellsAHappening,
    bool SteppingOut,
    bool NewTime = false,
    bool IsDefinition = false,
    bool IsEvaluation = false,
    bool Claims = false,
    bool Speculative = false,
    bool Perfect = false)
{
    public string Text => Sentence.Text;

    public PassageSpan Passage => Sentence.Passage;
}

/// <summary>The date a heading or a label gives the text under it ("May 2022", "First phase (6–12 September 2022)").</summary>
public sealed record ContextDate(int? Year, DatePhrase? Date);

/// <summary>The facts of a whole document: every sentence's, every heading's and every label's dates.</summary>
public sealed record DocumentFacts(
    SegmentedDocument Document,
    IReadOnlyList<SentenceFacts> Sentences,
    IReadOnlyList<ContextDate> Sections,
    IReadOnlyList<IReadOnlyList<DatePhrase>> LabelDates,
    IReadOnlyList<ImportWarning> Warnings)
{
    public IEnumerable<SentenceFacts> Of(PassageSpan passage) =>
        Enumerable.Range(passage.FirstSentence, passage.SentenceCount).Select(i => Sentences[i]);

    /// <summary>The nearest heading date above a passage: its section's, else the closest dated ancestor's.</summary>
    public DatePhrase? HeadingDate(PassageSpan passage)
    {
        for (var s = passage.SectionIndex; s is { } index; s = Document.Sections[index].ParentIndex)
        {
            if (Sections[index].Date is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
