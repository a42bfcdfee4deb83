namespace PeaceTalks.Core.Cleaning;

/// <summary>One line of the raw file: its 1-based number and where its text lies (line break excluded).</summary>
public readonly record struct RawLine(int Number, int Start, int Length)
{
    public int End => Start + Length;

    public string Text(string raw) => raw.Substring(Start, Length);

    public static IReadOnlyList<RawLine> Split(string raw)
    {
        var lines = new List<RawLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == '\n')
            {
                var end = i > start && raw[i - 1] == '\r' ? i - 1 : i;
                if (i < raw.Length || start < raw.Length)
                {
                    lines.Add(new RawLine(number, start, end - start));
                }

                start = i + 1;
                number++;
            }
        }

        return lines;
    }
}
