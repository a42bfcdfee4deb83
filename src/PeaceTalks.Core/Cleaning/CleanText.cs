namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// Text with the source characters it came from: every clean character knows the raw span that
/// produced it, so a span of clean text maps back to the exact raw characters by construction.
/// </summary>
public sealed class CleanText
{
    private readonly int[] rawStarts;
    private readonly int[] rawEnds;

    private CleanText(string text, int[] rawStarts, int[] rawEnds)
    {
        Text = text;
        this.rawStarts = rawStarts;
        this.rawEnds = rawEnds;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int RawStart => rawStarts.Length == 0 ? 0 : rawStarts[0];

    public int RawEnd => rawEnds.Length == 0 ? 0 : rawEnds[^1];

    /// <summary>The raw span [start, end) behind the clean span [start, start + length).</summary>
    public (int Start, int End) ToRaw(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        return (rawStarts[start], rawEnds[start + length - 1]);
    }

    public CleanText Slice(int start, int length) =>
        new(Text.Substring(start, length), rawStarts[start..(start + length)], rawEnds[start..(start + length)]);

    /// <summary>The same text without leading and trailing white space.</summary>
    public CleanText Trim()
    {
        var start = 0;
        var end = Text.Length;
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == Text.Length ? this : Slice(start, end - start);
    }

    public override string ToString() => Text;

    public sealed class Builder
    {
        private readonly System.Text.StringBuilder text = new();
        private readonly List<int> starts = [];
        private readonly List<int> ends = [];

        public int Length => text.Length;

        public char? Last => text.Length == 0 ? null : text[^1];

        /// <summary>Copies raw characters unchanged.</summary>
        public Builder Append(string raw, int rawStart, int length)
        {
            for (var i = rawStart; i < rawStart + length; i++)
            {
                text.Append(raw[i]);
                starts.Add(i);
                ends.Add(i + 1);
            }

            return this;
        }

        /// <summary>Adds a character that stands for the raw span [rawStart, rawEnd): an unescaped
        /// <c>\n</c>, or the space that replaces a line break.</summary>
        public Builder Add(char c, int rawStart, int rawEnd)
        {
            text.Append(c);
            starts.Add(rawStart);
            ends.Add(rawEnd);
            return this;
        }

        public Builder Append(CleanText other)
        {
            text.Append(other.Text);
            starts.AddRange(other.rawStarts);
            ends.AddRange(other.rawEnds);
            return this;
        }

        public CleanText Build() => new(text.ToString(), [.. starts], [.. ends]);
    }
}
