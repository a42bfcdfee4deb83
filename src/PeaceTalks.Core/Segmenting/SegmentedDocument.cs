using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

/// <summary>A heading of the document and its place in the outline.</summary>
public sealed record SectionSpan(int Index, string Heading, int Level, int? ParentIndex, int Line, int RawStart, int RawEnd);

/// <summary>
/// A paragraph, list item or table row of clean text, inside the section it appears under. Its label
/// (a list item's bold lead-in) and the labels of the items it is nested in are kept apart from its text.
/// </summary>
public sealed record PassageSpan(int Index, int? SectionIndex, int Line, CleanText Text, BlockKind Kind = BlockKind.Paragraph, CleanText? Label = null, IReadOnlyList<CleanText>? OuterLabels = null)
{
    /// <summary>Index of the passage's first sentence in <see cref="SegmentedDocument.Sentences"/>.</summary>
    public int FirstSentence { get; init; }

    public int SentenceCount { get; init; }

    /// <summary>The raw span of the whole passage, label included.</summary>
    public int RawStart => Label is { Length: > 0 } label ? label.RawStart : Text.RawStart;

    public int RawEnd => Text.Length > 0 ? Text.RawEnd : Label?.RawEnd ?? Text.RawEnd;
}

/// <summary>
/// The output of segmenting: the document's sections, passages and sentences, every piece mapped to raw
/// offsets, whatever format it was read from. Sentences are split here, once, for every later stage.
/// </summary>
public sealed record SegmentedDocument(
    SourceFile Source,
    string Format,
    string Title,
    OwnDate? OwnDate,
    DocumentInfo Info,
    IReadOnlyList<SectionSpan> Sections,
    IReadOnlyList<PassageSpan> Passages,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Heading path from the top, e.g. "Timeline > Early negotiations (…) > First round (28 February)".</summary>
    public IReadOnlyList<SectionSpan> PathOf(int? sectionIndex)
    {
        var path = new List<SectionSpan>();
        for (var i = sectionIndex; i is { } index; i = Sections[index].ParentIndex)
        {
            path.Insert(0, Sections[index]);
        }

        return path;
    }

    public IEnumerable<Sentence> SentencesOf(PassageSpan passage) =>
        Enumerable.Range(passage.FirstSentence, passage.SentenceCount).Select(i => Sentences[i]);
}
