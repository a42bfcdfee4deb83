namespace PeaceTalks.Core.Documents;

/// <summary>Something the importer could not use, reported with its place so a person can check it.</summary>
public sealed record ImportWarning(string File, int? Line, string Message)
{
    /// <summary>One printable line (<see cref="PrintableText"/>), whatever the file's name holds.</summary>
    public override string ToString() => PrintableText.Escape(Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}");
}
