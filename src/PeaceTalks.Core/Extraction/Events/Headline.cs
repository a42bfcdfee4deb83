using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>
/// A short headline made of the sentence's own words: the date clause taken out
/// ("On 3 March, the second round of peace talks began." → "The second round of peace talks began"),
/// cut at the first clause break after a few words. Nothing is invented.
/// </summary>
public static partial class Headline
{
    private const int MaxWords = 14;

    public static string Of(string sentence, DatePhrase? date)
    {
        var text = sentence;
        if (date is not null && date.Start >= 0 && date.Start + date.Length <= text.Length)
        {
            var before = DateLead().Replace(text[..date.Start], "");
            var after = text[(date.Start + date.Length)..];
            after = before.Trim().Length == 0 ? after.TrimStart(',', ' ') : after;
            text = (before + after).Trim();
            text = DoubleSpace().Replace(text, " ");
            text = SpaceBeforePunctuation().Replace(text, "$1");
            text = DoubledComma().Replace(text, ",");
        }

        text = text.Trim().TrimEnd('.', ',', ';', ':').Trim();
        var cut = ClauseBreak().Match(text);
        if (cut.Success && cut.Index > 20)
        {
            text = text[..cut.Index];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            var comma = Array.FindIndex(words, 6, w => w.EndsWith(','));
            var take = comma is > 0 and < MaxWords ? comma + 1 : MaxWords;
            text = string.Join(' ', words.Take(take)).TrimEnd(',', ';', ':') + "…";
        }

        return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    [GeneratedRegex(@"\b(?:On|on|In|in|By|by|At|at|From|from|During|during|Since|since|Between|between|Of|of)\s*$")]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex DoubleSpace();

    [GeneratedRegex(@"\s+([,.;:])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@",(?:\s*,)+")]
    private static partial Regex DoubledComma();

    [GeneratedRegex(@"[;:]\s| [–—] | - ")]
    private static partial Regex ClauseBreak();
}
