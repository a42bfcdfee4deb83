using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Cleaning;

/// <summary>
/// A hyperlink the scraper expanded into its own line: the link text, then the first words of the
/// linked article, cut off with " ..." (<c>Olaf Scholz Olaf Scholz (; born ) is a German politician ...</c>).
/// Only the link text belongs to the sentence; this finds where it ends.
/// </summary>
public static partial class GlossLine
{
    private const int MaxLinkWords = 8;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "against", "as", "into",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "The", "A", "An" };

    // Where the title phrase of a gloss ends: "The Donbas or Donbass (, ; uk, ..." / "Neutral or neutrality may refer to:".
    private static readonly HashSet<string> HeadStops = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "may", "has", "had", "refers", "comprises", "consists",
    };

    public static bool IsGloss(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 4 && trimmed.EndsWith(" ...", StringComparison.Ordinal);
    }

    /// <summary>Length in characters of the link text at the start of a gloss line.</summary>
    public static int LinkTextLength(string line)
    {
        // Infobox debris: "Armed Forces of Ukraine , imports = , exports = , history = , ..."
        var infobox = InfoboxDebris().Match(line);
        if (infobox.Success)
        {
            return infobox.Groups["link"].Length;
        }

        var words = Words(line);
        if (words.Count < 2)
        {
            return words.Count == 1 ? words[0].End : 0;
        }

        var candidates = Enumerable.Range(1, Math.Min(MaxLinkWords, words.Count - 1))
            .Where(k => IsPlausibleSplit(line, words, k))
            .ToList();
        if (candidates.Count == 0)
        {
            return words[0].End;
        }

        // The gloss repeats its title: "Jeddah Jeddah ( ), also spelled", "Bild ''Bild'' (or".
        foreach (var k in candidates)
        {
            if (RepeatsLinkText(line, words, k))
            {
                return words[k - 1].End;
            }
        }

        // The gloss opens with an article: "peace talks A peace process is", "Donbas war The Donbas".
        foreach (var k in candidates)
        {
            if (Articles.Contains(Normalize(words[k].Text(line), keepCase: true)))
            {
                return words[k - 1].End;
            }
        }

        // Otherwise the split whose gloss title shares most words with the link:
        // "Sergei Lavrov Sergey Viktorovich Lavrov (", "President Putin Vladimir Vladimirovich Putin;".
        var best = candidates
            .Select(k => (k, score: TitleOverlap(line, words, k)))
            .OrderByDescending(c => c.score)
            .ThenBy(c => c.k)
            .First();
        return words[best.k - 1].End;
    }

    private static bool IsPlausibleSplit(string line, List<Word> words, int k)
    {
        var last = Normalize(words[k - 1].Text(line), keepCase: false);
        if (last.Length == 0 || FunctionWords.Contains(last))
        {
            return false;
        }

        var glossStart = words[k].Text(line).TrimStart('\'', '"', '‘', '“');
        if (glossStart.Length == 0)
        {
            return false;
        }

        var first = glossStart[0];
        return char.IsUpper(first) || char.IsDigit(first) || !char.IsLetter(first) && first is not '(' and not ',' and not ';';
    }

    private static bool RepeatsLinkText(string line, List<Word> words, int k)
    {
        if (words.Count < 2 * k)
        {
            return false;
        }

        for (var i = 0; i < k; i++)
        {
            var link = Normalize(words[i].Text(line), keepCase: false);
            var gloss = Normalize(words[k + i].Text(line), keepCase: false);
            if (link.Length == 0 || !string.Equals(link, gloss, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static double TitleOverlap(string line, List<Word> words, int k)
    {
        var link = words.Take(k)
            .Select(w => Normalize(w.Text(line), keepCase: false))
            .Where(w => w.Length > 0 && !FunctionWords.Contains(w))
            .ToList();
        var head = new List<string>();
        for (var i = k; i < words.Count && head.Count < 10; i++)
        {
            var raw = words[i].Text(line);
            if (raw.StartsWith('(') || HeadStops.Contains(raw))
            {
                break;
            }

            var word = Normalize(raw, keepCase: false);
            if (word.Length > 0 && !(head.Count == 0 && FunctionWords.Contains(word)))
            {
                head.Add(word);
            }

            if (raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':'))
            {
                break;
            }
        }

        if (link.Count == 0 || head.Count == 0)
        {
            return double.MinValue;
        }

        var matched = link.Count(l => head.Any(h => SameWord(l, h)));
        double score = matched - (link.Count - matched);
        if (SameWord(link[0], head[0]))
        {
            score += 0.5;
        }

        // A title ends on its head noun, as the link does: "President Putin" / "Vladimir Vladimirovich Putin;".
        return head[^1] == link[^1] ? score + 1 : score;
    }

    /// <summary>Equal, or the same stem: "occupied"/"occupation", "weapons"/"weapon", "Turkish"/"Turkey".</summary>
    private static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 4 && common * 10 >= Math.Min(a.Length, b.Length) * 6;
    }

    private static string Normalize(string word, bool keepCase)
    {
        var trimmed = word.Trim('\'', '"', ',', ';', ':', '.', '(', ')', '‘', '’', '“', '”');
        if (trimmed.EndsWith("'s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }

        var plain = RemoveDiacritics(trimmed);
        return keepCase ? plain : plain.ToLowerInvariant();
    }

    private static string RemoveDiacritics(string text)
    {
        if (text.All(c => c < 128))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static List<Word> Words(string line)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < line.Length && line[i] != ' ')
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new Word(start, i));
            }
        }

        return words;
    }

    [GeneratedRegex(@"^(?<link>[^,=]+?) , [\w ]{1,40} = ", RegexOptions.CultureInvariant)]
    private static partial Regex InfoboxDebris();

    private readonly record struct Word(int Start, int End)
    {
        public string Text(string line) => line[Start..End];
    }
}
