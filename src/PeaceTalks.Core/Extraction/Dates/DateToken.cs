namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>What kind of characters a <see cref="DateToken"/> holds.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>Any other single character (punctuation, dashes, symbols, lone surrogates).</summary>
    Symbol,
}

/// <summary>What separates a <see cref="DateToken"/> from the token before it.</summary>
internal enum DateGap : byte
{
    /// <summary>Nothing: the token is glued to the one before ("14–17", "1st", "mid-April").</summary>
    None,

    /// <summary>Spaces or tabs on the same line.</summary>
    Space,

    /// <summary>A line break, or the start of the text: phrases never cross it.</summary>
    Break,
}

/// <summary>One token of the text; <see cref="Value"/> is the number's value for short numbers, else -1.</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, int Value, DateGap Gap)
{
    public int Length => End - Start;

    /// <summary>Splits a text into words, numbers and symbols in one linear pass.</summary>
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(Math.Min(text.Length / 3, 1 << 20) + 4);
        var gap = DateGap.Break;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (IsLineBreak(c))
                {
                    gap = DateGap.Break;
                }
                else if (gap == DateGap.None)
                {
                    gap = DateGap.Space;
                }

                i++;
                continue;
            }

            var start = i;
            var value = -1;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = DateTokenKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i - start <= 4)
                {
                    value = 0;
                    for (var k = start; k < i; k++)
                    {
                        value = (value * 10) + (text[k] - '0');
                    }
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Symbol;
                i++;
            }

            tokens.Add(new DateToken(kind, start, i, value, gap));
            gap = DateGap.None;
        }

        return tokens;
    }

    private static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}
