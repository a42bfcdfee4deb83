using System.Globalization;
using System.Text;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// Text from outside (a file name, a problem quoting a file's bytes) made safe to print on one line: a newline in a
/// file name split the one-line error in two, and escape bytes in it reached the reader's terminal as commands.
/// Control characters and the invisible direction overrides are written as escapes (<c>\n</c>, <c>\x1B</c>,
/// <c>\u202E</c>); everything else is kept as it is.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when c < 0x100 && NeedsEscape(c) => builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ when NeedsEscape(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
}
