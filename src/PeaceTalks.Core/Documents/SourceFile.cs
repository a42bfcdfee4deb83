namespace PeaceTalks.Core.Documents;

/// <summary>
/// A document as read from disk. <see cref="Raw"/> is the file decoded as UTF-8 (a byte-order mark
/// removed); every offset the importer stores is a UTF-16 index into this string.
/// </summary>
public sealed record SourceFile(string FileName, string Raw, string Sha256)
{
    private string? raw = Raw;

    /// <summary>
    /// The text. A file opened for an import (<see cref="SourceFileReader.Open"/>) holds it only from when it is first
    /// read until it is released, after its document was parsed: an import of many files holds the texts of the
    /// files it is parsing, not of every file it was given.
    /// </summary>
    public string Raw
    {
        get => raw ??= (Reread ?? throw new InvalidOperationException($"{FileName} was released and cannot be read again."))();
        init => raw = value;
    }

    /// <summary>The size of the file, in bytes as stored.</summary>
    public long Size { get; init; }

    /// <summary>Reads the text again (the same bytes, or an error saying the file changed), where the file is on disk.</summary>
    internal Func<string>? Reread { get; init; }

    /// <summary>Lets the text go, where it can be read again.</summary>
    public void Release()
    {
        if (Reread is not null)
        {
            raw = null;
        }
    }

    /// <summary>Where the file was read from, as the reader named it: what messages about it say.</summary>
    public string Where { get; init; } = FileName;

    /// <summary>1-based line number of a raw offset, for messages a person can follow.</summary>
    public int LineOf(int rawOffset)
    {
        var line = 1;
        var end = Math.Min(rawOffset, Raw.Length);
        for (var i = 0; i < end; i++)
        {
            if (Raw[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
