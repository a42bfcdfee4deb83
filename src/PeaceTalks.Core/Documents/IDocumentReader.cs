namespace PeaceTalks.Core.Documents;

/// <summary>
/// One document format. A reader knows its format by content, never by file name, and turns the raw
/// text into the common <see cref="ReadDocument"/>: a new format is one class behind this interface.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format's name, as stored with the document ("QaMarkdown").</summary>
    string Format { get; }

    /// <summary>Whether the text has this format's shape.</summary>
    bool Recognizes(SourceFile source);

    /// <summary>Reads and cleans the document; a problem is an <see cref="ImportException"/> naming file and line.</summary>
    ReadDocument Read(SourceFile source);
}
