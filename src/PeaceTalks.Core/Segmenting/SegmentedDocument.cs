using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

/// <summary>A heading of the document, with the nesting recovered from the flat scrape.</summary>
public sealed record SectionSpan(int Index, string Heading, int Level, int? ParentIndex, int Line, int RawStart, int RawEnd);

/// <summary>A paragraph (or list item) of clean text, inside the section it appears under.</summary>
public sealed record PassageSpan(int Index, int? SectionIndex, int Line, CleanText Text);

/// <summary>Q&amp;A metadata from the YAML front matter.</summary>
public sealed record QaMetadata(
    string? Id,
    DateOnly? Date,
    string Question,
    string? Subject,
    string? Url,
    string AnswerMarkdown,
    IReadOnlyList<RelatedArticle> Related);

public sealed record RelatedArticle(string? Id, string Title, string? Subject, string? Url);

/// <summary>The output of segmenting: the document's clean structure, every piece mapped to raw offsets.</summary>
public sealed record SegmentedDocument(
    SourceFile Source,
    DocumentFormat Format,
    string Title,
    IReadOnlyList<SectionSpan> Sections,
    IReadOnlyList<PassageSpan> Passages,
    IReadOnlyList<ImportWarning> Warnings,
    QaMetadata? Qa = null)
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
}
