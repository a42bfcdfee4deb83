using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>What makes a title fail to read as a headline on its own.</summary>
public enum HeadlineProblem
{
    /// <summary>Wiki or Markdown markup, HTML, entities: "The '' Financial Times'' reported".</summary>
    Markup,

    /// <summary>Words left broken by what was taken out: "As, the peace negotiations", "during the was".</summary>
    BrokenOpening,

    /// <summary>A pronoun or "this X" whose referent the reader has not seen: "He repeated this refusal".</summary>
    DanglingReference,

    /// <summary>Only a subordinate clause: "After Russia proclaimed it had annexed large swathes of Ukraine".</summary>
    NoMainClause,

    /// <summary>Cut mid-phrase: an ellipsis, a last function word or verb without its complement, an open quote.</summary>
    CutPhrase,

    /// <summary>The same title as another event of the same document.</summary>
    Duplicate,
}

/// <summary>
/// The yardstick of <see cref="Headline"/>: the ways a title fails to read as a headline for someone who has
/// seen nothing else of its document. Each is a rule of English over the words of <see cref="HeadlineWords"/>,
/// never a list of known titles.
/// </summary>
public static partial class HeadlineCheck
{
    public static IReadOnlyList<HeadlineProblem> Problems(string headline, HeadlineWords? words = null)
    {
        words ??= HeadlineWords.Default;
        var problems = new List<HeadlineProblem>();
        var text = headline.Trim();
        if (Markup().IsMatch(text))
        {
            problems.Add(HeadlineProblem.Markup);
        }

        if (IsBroken(text, words))
        {
            problems.Add(HeadlineProblem.BrokenOpening);
        }

        if (IsDangling(text, words))
        {
            problems.Add(HeadlineProblem.DanglingReference);
        }

        if (words.Subordinator.IsMatch(text) && !DepthZeroComma(text))
        {
            problems.Add(HeadlineProblem.NoMainClause);
        }

        if (IsCut(text, words))
        {
            problems.Add(HeadlineProblem.CutPhrase);
        }

        return problems;
    }

    /// <summary>The indexes of titles that repeat an earlier title of the same document (compared without case).</summary>
    public static IReadOnlyList<int> Duplicates(IReadOnlyList<string> titlesOfOneDocument)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. titlesOfOneDocument.Select((t, i) => (t, i)).Where(x => !seen.Add(x.t.Trim())).Select(x => x.i)];
    }

    /// <summary>Whether the text ends on a word or mark after which the phrase must go on.</summary>
    public static bool EndsOpen(string text, HeadlineWords words)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal) || ",;:–—-(".Contains(trimmed[^1], StringComparison.Ordinal))
        {
            return true;
        }

        var last = LastWord().Match(trimmed);
        return last.Success && char.IsLower(last.Value[0])
            && (words.FunctionWords.Contains(last.Value) || words.ComplementVerbs.Contains(last.Value));
    }

    /// <summary>Whether quotes and brackets are closed.</summary>
    public static bool Balanced(string text) =>
        text.Count(c => c == '"') % 2 == 0 && text.Count(c => c == '(') == text.Count(c => c == ')')
        && text.Count(c => c == '[') == text.Count(c => c == ']') && text.Count(c => c == '“') == text.Count(c => c == '”');

    private static bool IsCut(string text, HeadlineWords words) => EndsOpen(text, words) || !Balanced(text);

    private static bool IsBroken(string text, HeadlineWords words)
    {
        if (text.Length == 0 || char.IsLower(text[0]) || !(char.IsLetterOrDigit(text[0]) || "\"“‘'(".Contains(text[0], StringComparison.Ordinal)))
        {
            return true;
        }

        var first = FirstWordThenComma().Match(text);
        if (first.Success && (words.LeadingPhrase.IsMatch(first.Groups["word"].Value + " ") || IsArticle(first.Groups["word"].Value)))
        {
            return true;
        }

        return EmptySlot().IsMatch(text);
    }

    private static bool IsDangling(string text, HeadlineWords words)
    {
        var opening = words.OpeningReference.Match(text);
        if (opening.Success && !Expletive(text, words))
        {
            return true;
        }

        foreach (Match m in Demonstrative().Matches(text))
        {
            // A quotation's "this war" is its speaker's, who had it before them.
            // "those affected", "those who fled": a pronoun its own relative clause or participle defines.
            var noun = m.Groups["noun"].Value;
            if (m.Groups["det"].Value is "those" or "Those" && (words.FunctionWords.Contains(noun) || noun.EndsWith("ed", StringComparison.Ordinal) || noun.EndsWith("ing", StringComparison.Ordinal)))
            {
                continue;
            }

            if (!InsideQuotes(text, m.Index) && words.Demonstratives.Contains(m.Groups["det"].Value)
                && (m.Index == 0 || !words.TimeWords.Contains(m.Groups["noun"].Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an opening "It" points at nothing ("It was reported that …").</summary>
    public static bool Expletive(string text, HeadlineWords words)
    {
        var m = ExpletiveIt().Match(text);
        return m.Success && (words.Expletives.Contains(m.Groups["first"].Value) || words.Expletives.Contains(m.Groups["second"].Value));
    }

    private static bool InsideQuotes(string text, int at) =>
        text[..at].Count(c => c == '"') % 2 == 1 || text[..at].Count(c => c == '“') > text[..at].Count(c => c == '”');

    private static bool IsArticle(string word) => word is "The" or "A" or "An" or "the" or "a" or "an";

    // A comma, semicolon or dash outside quotes and brackets: where a leading clause may end.
    private static bool DepthZeroComma(string text) => ",;–—".Any(mark => Headline.FirstAtDepthZero(text, mark) >= 0);

    [GeneratedRegex(@"''|\[\[|\]\]|\{\{|\}\}|</?[A-Za-z][^>]*>|\*\*|__|&[a-z]+;|&#\d+;|\||^\s*[#*>]|`")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^(?<word>\S+)\s*,|^(?<word>\S+ (?:the|a|an))\s*,")]
    private static partial Regex FirstWordThenComma();

    // A slot a taken-out date left empty: "during the was", "by the,", "between and".
    [GeneratedRegex(@"\b(?:the|a|an)\s*[,.;:)]|\b(?:the|a|an)\s+(?:is|was|were|are|had|has|have)\b|\b(?:between|from)\s+(?:and|to)\b|\b(?:in|on|at|by|of|during|since|until|from)\s*[,;:)]")]
    private static partial Regex EmptySlot();

    [GeneratedRegex(@"\b(?<det>[Tt]his|[Tt]hese|[Tt]hose)\s+(?<noun>\p{Ll}[\p{L}-]*)")]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"^It\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains|remained|will be|would be)\s+(?<first>\w+)(?:\s+(?<second>\w+))?")]
    private static partial Regex ExpletiveIt();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+$")]
    private static partial Regex LastWord();
}
