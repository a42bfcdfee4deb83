namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// Text with the source characters it came from: every clean character knows the raw span that
/// produced it, so a span of clean text maps back to the exact raw characters by construction.
/// </summary>
/// <remarks>
/// The map is kept as runs, not per character: most clean text is raw text copied unchanged, where each
/// character's span is the one after its neighbour's. A run is its first clean character and that
/// character's raw span; the k-th character of the run stands for that span moved k characters on. A
/// character array per text cost eight bytes per character, four times the text itself, and bounded how
/// large a document one import could hold.
/// </remarks>
public sealed class CleanText
{
    // Run i starts at clean character runCleanStarts[i]; its first character stands for [runRawStarts[i], runRawEnds[i]).
    private readonly int[] runCleanStarts;
    private readonly int[] runRawStarts;
    private readonly int[] runRawEnds;

    private CleanText(string text, int[] runCleanStarts, int[] runRawStarts, int[] runRawEnds)
    {
        Text = text;
        this.runCleanStarts = runCleanStarts;
        this.runRawStarts = runRawStarts;
        this.runRawEnds = runRawEnds;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int RawStart => Text.Length == 0 ? 0 : RawStartOf(0);

    public int RawEnd => Text.Length == 0 ? 0 : RawEndOf(Text.Length - 1);

    /// <summary>The raw span [start, end) behind the clean span [start, start + length).</summary>
    public (int Start, int End) ToRaw(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        return (RawStartOf(start), RawEndOf(start + length - 1));
    }

    public CleanText Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        var builder = new Builder();
        var end = start + length;
        for (var run = length == 0 ? runCleanStarts.Length : RunOf(start); run < runCleanStarts.Length && runCleanStarts[run] < end; run++)
        {
            var first = Math.Max(start, runCleanStarts[run]);
            var last = Math.Min(end, run + 1 < runCleanStarts.Length ? runCleanStarts[run + 1] : Text.Length);
            builder.AddRun(RawStartOf(first), RawEndOf(first), last - first);
        }

        builder.AppendText(Text.AsSpan(start, length));
        return builder.Build();
    }

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

    private int RunOf(int clean)
    {
        var found = Array.BinarySearch(runCleanStarts, clean);
        return found >= 0 ? found : ~found - 1;
    }

    private int RawStartOf(int clean)
    {
        var run = RunOf(clean);
        return runRawStarts[run] + (clean - runCleanStarts[run]);
    }

    private int RawEndOf(int clean)
    {
        var run = RunOf(clean);
        return runRawEnds[run] + (clean - runCleanStarts[run]);
    }

    public sealed class Builder
    {
        private readonly System.Text.StringBuilder text = new();
        private readonly List<int> cleanStarts = [];
        private readonly List<int> rawStarts = [];
        private readonly List<int> rawEnds = [];

        // The map's length and its last character's raw span: a new character whose span follows it continues its run.
        private int mapped;
        private int lastRawStart;
        private int lastRawEnd;

        public int Length => text.Length;

        public char? Last => text.Length == 0 ? null : text[^1];

        /// <summary>Copies raw characters unchanged.</summary>
        public Builder Append(string raw, int rawStart, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            AddRun(rawStart, rawStart + 1, length);
            text.Append(raw, rawStart, length);
            return this;
        }

        /// <summary>Adds a character that stands for the raw span [rawStart, rawEnd): an unescaped
        /// <c>\n</c>, or the space that replaces a line break.</summary>
        public Builder Add(char c, int rawStart, int rawEnd)
        {
            AddRun(rawStart, rawEnd, 1);
            text.Append(c);
            return this;
        }

        public Builder Append(CleanText other)
        {
            for (var run = 0; run < other.runCleanStarts.Length; run++)
            {
                var next = run + 1 < other.runCleanStarts.Length ? other.runCleanStarts[run + 1] : other.Text.Length;
                AddRun(other.runRawStarts[run], other.runRawEnds[run], next - other.runCleanStarts[run]);
            }

            text.Append(other.Text);
            return this;
        }

        public CleanText Build() => new(text.ToString(), [.. cleanStarts], [.. rawStarts], [.. rawEnds]);

        /// <summary>Maps the next <paramref name="count"/> characters, the first to [rawStart, rawEnd), each next one a character on.</summary>
        internal void AddRun(int rawStart, int rawEnd, int count)
        {
            if (count == 0)
            {
                return;
            }

            if (mapped == 0 || rawStart != lastRawStart + 1 || rawEnd != lastRawEnd + 1)
            {
                cleanStarts.Add(mapped);
                rawStarts.Add(rawStart);
                rawEnds.Add(rawEnd);
            }

            mapped += count;
            lastRawStart = rawStart + count - 1;
            lastRawEnd = rawEnd + count - 1;
        }

        internal void AppendText(ReadOnlySpan<char> chars) => text.Append(chars);
    }
}
