namespace PeaceTalks.Core.Segmenting;

/// <summary>Splits clean text into sentences without breaking "U.S.", "St. Petersburg" or "Frederick H. Fleitz".</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "mr", "mrs", "ms", "dr", "jr", "sr", "gen", "lt", "col", "vol", "no", "nos", "pp", "p", "etc", "vs", "approx",
        "e.g", "i.e", "u.s", "u.k", "u.n", "feb", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "prof", "gov", "sen", "rep", "rev",
    };

    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?') || !EndsSentence(text, i, out var end))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int i, out int end)
    {
        end = i + 1;
        if (text[i] == '.' && (IsPartOfEllipsis(text, i) || IsAbbreviation(text, i) || (i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            return false;
        }

        // Closing quotes and brackets belong to the sentence they close: `... "in a moment."`.
        while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
        {
            end++;
        }

        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '\'' or '‘' or '#' or '(';
    }

    private static bool IsPartOfEllipsis(string text, int i) =>
        (i > 0 && text[i - 1] == '.') || (i + 1 < text.Length && text[i + 1] == '.');

    private static bool IsAbbreviation(string text, int i)
    {
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "Frederick H. Fleitz", "B A."
        }

        // "U.S.", "e.g." are abbreviations; "3.0." (as in "peace mission 3.0.") ends a sentence.
        return Abbreviations.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 5 && word.All(c => char.IsLetter(c) || c == '.'));
    }

    private static void Add(List<(int, int)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end - start));
        }
    }
}
