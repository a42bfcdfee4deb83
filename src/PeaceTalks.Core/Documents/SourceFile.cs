namespace PeaceTalks.Core.Documents;

/// <summary>
/// A document as read from disk. <see cref="Raw"/> is the file decoded as UTF-8 (a byte-order mark
/// removed); every offset the importer stores is a UTF-16 index into this string.
/// </summary>
public sealed record SourceFile(string FileName, string Raw, string Sha256)
{
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
