using PeaceTalks.Core.Cleaning;

namespace PeaceTalks.Core.Documents;

/// <summary>What a block of a document is, whatever the format it was read from.</summary>
public enum BlockKind
{
    /// <summary>A heading; <see cref="Block.Level"/> says how deep it sits (1 is the title).</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>One item of a list.</summary>
    ListItem,

    /// <summary>One row of a table, its cells joined.</summary>
    TableRow,
}

/// <summary>
/// One block of a document's clean text. <see cref="Label"/> is a list item's or paragraph's lead-in
/// ("**Abolition Movement**:"), kept apart from its running text: it names the text, it tells nothing.
/// <see cref="OuterLabels"/> are the labels of the list items it is nested in, innermost first: like a
/// heading, a label can give the time of the text under it ("**1863–1865**:" over its items).
/// </summary>
public sealed record Block(BlockKind Kind, int Level, CleanText Text, int Line, CleanText? Label = null, IReadOnlyList<CleanText>? OuterLabels = null);

/// <summary>
/// The document's own date: when it was written, published or accessed. It is shown as the document's
/// date and never dates what the document tells.
/// </summary>
public sealed record OwnDate(DateOnly Date, string Meaning);

public sealed record RelatedArticle(string? Id, string Title, string? Subject, string? Url);

/// <summary>What a document says about itself, shown beside it: none of it is a source of events.</summary>
public sealed record DocumentInfo(
    string? Url = null,
    string? Subject = null,
    string? Description = null,
    string? Markdown = null,
    IReadOnlyList<RelatedArticle>? Related = null)
{
    public IReadOnlyList<RelatedArticle> RelatedArticles => Related ?? [];
}

/// <summary>
/// A document as its reader read and cleaned it: the common shape every later stage works on, so no
/// stage after the reader asks which format it came from. Every block's text maps back to raw offsets.
/// </summary>
public sealed record ReadDocument(
    SourceFile Source,
    string Format,
    string Title,
    OwnDate? OwnDate,
    DocumentInfo Info,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<ImportWarning> Warnings);
