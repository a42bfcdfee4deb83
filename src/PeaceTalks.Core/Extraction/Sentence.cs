using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction;

/// <summary>A sentence of a passage, by its clean offsets within the passage.</summary>
public sealed record Sentence(PassageSpan Passage, int Start, int Length)
{
    public string Text => Passage.Text.Text.Substring(Start, Length);

    public static IReadOnlyList<Sentence> Of(PassageSpan passage) =>
        SentenceSplitter.Split(passage.Text.Text).Select(s => new Sentence(passage, s.Start, s.Length)).ToList();

    /// <summary>The source span of the sentences from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static SourceSpan Span(Sentence first, Sentence last)
    {
        var length = last.Start + last.Length - first.Start;
        var (rawStart, rawEnd) = first.Passage.Text.ToRaw(first.Start, length);
        return new SourceSpan(first.Passage.Index, first.Start, length, rawStart, rawEnd);
    }

    public static SourceSpan Span(PassageSpan passage, int start, int length)
    {
        var (rawStart, rawEnd) = passage.Text.ToRaw(start, length);
        return new SourceSpan(passage.Index, start, length, rawStart, rawEnd);
    }
}
