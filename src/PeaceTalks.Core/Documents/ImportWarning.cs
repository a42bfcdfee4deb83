namespace PeaceTalks.Core.Documents;

/// <summary>Something the importer could not use, reported with its place so a person can check it.</summary>
public sealed record ImportWarning(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}
