namespace PeaceTalks.Core.Segmenting;

/// <summary>A sentence of a passage, by its clean offsets within the passage; <see cref="Index"/> is its place in the document.</summary>
public sealed record Sentence(PassageSpan Passage, int Start, int Length, int Index = 0)
{
    public string Text { get; } = Passage.Text.Text.Substring(Start, Length);

    /// <summary>The raw span of the sentence.</summary>
    public (int Start, int End) Raw => Passage.Text.ToRaw(Start, Length);
}

/// <summary>A span of the source: the clean text shown and the raw characters it came from.</summary>
public sealed record SourceSpan(int PassageIndex, int CleanStart, int CleanLength, int RawStart, int RawEnd)
{
    /// <summary>The source span of the sentences from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static SourceSpan Of(Sentence first, Sentence last)
    {
        var length = last.Start + last.Length - first.Start;
        var (rawStart, rawEnd) = first.Passage.Text.ToRaw(first.Start, length);
        return new SourceSpan(first.Passage.Index, first.Start, length, rawStart, rawEnd);
    }

    public static SourceSpan Of(PassageSpan passage, int start, int length)
    {
        var (rawStart, rawEnd) = passage.Text.ToRaw(start, length);
        return new SourceSpan(passage.Index, start, length, rawStart, rawEnd);
    }
}
