using System.Text;
using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>A sentence before the headline's own in its passage, with what it names, for what a pronoun refers to.</summary>
public sealed record Antecedent(string Text, IReadOnlyList<Mention> Mentions, bool SameSentence = false);

/// <summary>
/// A headline made of the sentence's own words that a reader understands alone (<see cref="HeadlineCheck"/> is
/// its yardstick). In order, each a rule of English over the word classes of <see cref="HeadlineWords"/>:
/// <list type="number">
/// <item>the date and the words that go with it are taken out ("On 3 March, the second round began" → "The second round began");</item>
/// <item>markup, parentheses and list items go ("The '' Financial Times'' reported" → "The Financial Times reported");</item>
/// <item>a leading adjunct up to its comma goes: a subordinate clause, a prepositional phrase, an attribution, a
/// connective ("Following the talks, Le Drian warned …" → "Le Drian warned …");</item>
/// <item>appositives and non-restrictive relatives between subject and verb go ("Medvedev, the deputy secretary …, said");</item>
/// <item>an opening "He"/"She" becomes the person the passage named last, "this X" the phrase of the passage that names X;</item>
/// <item>a long clause is shortened by choosing a clause — stopping before a clause break, a clause opened after a comma,
/// or, failing those, an adjunct — never by counting characters, and never on a function word or inside a quote.</item>
/// </list>
/// Nothing is invented: every word of a headline is the source's, in its order.
/// </summary>
public static partial class Headline
{
    /// <summary>A clause longer than this is shortened when a clause break allows it.</summary>
    public const int MaxWords = 20;

    /// <summary>A clause up to this long is kept whole when no clause break comes soon enough.</summary>
    public const int LongMax = 32;

    private const int MinWords = 4;

    /// <param name="ownClause">
    /// The date is a further happening of the sentence, told in a clause of its own ("…, but it later came to a halt
    /// … on 1 April"): the headline is that clause's, and the clauses before it are what its pronouns refer to.
    /// </param>
    public static string Of(string sentence, DatePhrase? date, IReadOnlyList<Antecedent>? before = null, HeadlineWords? words = null, bool ownClause = false)
    {
        words ??= HeadlineWords.Default;
        string? anchor = null;
        if (ownClause && date is not null && ClauseStart(sentence, date.Start) is > 0 and var start)
        {
            var clause = sentence[start..];
            if (words.OpeningReference.IsMatch(clause) && !HeadlineCheck.Expletive(Capitalized(clause), words))
            {
                // "…, but it later came to a halt": the clause's "it" is the clause before; the headline keeps both.
                anchor = string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
            }
            else
            {
                before = [.. before ?? [], new Antecedent(sentence[..start].TrimEnd(' ', ',', ';'), [], SameSentence: true)];
                sentence = clause;
                date = date with { Start = date.Start - start };
            }
        }

        var text = WithoutDate(sentence, date, words);
        text = Clean(text);
        text = WithoutLeadingAdjuncts(text, words);
        text = WithoutAppositives(text, words);
        text = Resolved(text, before ?? [], words);
        text = Shortened(text, words, anchor is not null && text.IndexOf(anchor, StringComparison.Ordinal) is >= 0 and var at ? at + anchor.Length : 0);
        return Tidy(text);
    }

    /// <summary>Where the clause that holds a position starts: after the last ", and", ", but", ", while", "; " before it.</summary>
    public static int ClauseStart(string sentence, int at)
    {
        var matches = ClauseJoint().Matches(sentence[..Math.Min(at, sentence.Length)]);
        return matches.Count == 0 ? -1 : matches[^1].Index + matches[^1].Length;
    }

    /// <summary>The sentence without its date phrase and the preposition that goes with it.</summary>
    public static string WithoutDate(string sentence, DatePhrase? date, HeadlineWords words)
    {
        if (date is null || date.Start < 0 || date.Start + date.Length > sentence.Length)
        {
            return sentence;
        }

        var before = sentence[..date.Start];
        var after = sentence[(date.Start + date.Length)..];
        var lead = words.DateLead.Match(before);
        if (lead.Success)
        {
            before = before[..lead.Index];
        }
        else if (!(before.Trim().Length == 0 && LeadingPunctuation().IsMatch(after)) && !(after.Trim().Trim('.').Length == 0 && before.TrimEnd().EndsWith(',')))
        {
            // A date with no preposition before it is part of a noun phrase ("The 1920s were marked …"): it stays.
            return sentence;
        }

        if (before.TrimEnd().EndsWith(',') && after.TrimStart().StartsWith(','))
        {
            // "The fifth round of talks, on 21 March, failed": the commas went with the date.
            before = before.TrimEnd()[..^1];
            after = after.TrimStart()[1..];
        }

        if (before.Trim().Length == 0 || before.TrimEnd().EndsWith(','))
        {
            after = LeadingPunctuation().Replace(after, "");
        }

        return before.TrimEnd() + " " + after.TrimStart();
    }

    /// <summary>The words without wiki and Markdown markup, parentheses, reference marks and list items.</summary>
    public static string Clean(string text)
    {
        text = WikiLink().Replace(text, "${text}");
        text = Templates().Replace(text, "");
        text = Tags().Replace(text, "");
        text = Emphasis().Replace(text, "");
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        var item = ListItem().Match(text);
        if (item.Success && item.Index > 0)
        {
            text = text[..item.Index];
        }

        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = Parenthetical().Replace(text, "");
        }

        text = ReferenceMark().Replace(text, "");
        return QuoteSpacing(Spaces().Replace(text, " ")).Trim();
    }

    /// <summary>Up to three leading adjuncts, each up to its comma, when a clause follows it.</summary>
    public static string WithoutLeadingAdjuncts(string text, HeadlineWords words)
    {
        for (var i = 0; i < 3; i++)
        {
            if (!words.LeadingPhrase.IsMatch(text) && !LeadingParticiple().IsMatch(text) && !LeadingAdverb().IsMatch(text))
            {
                break;
            }

            var comma = FirstAtDepthZero(text, ',');
            if (comma < 0 || WordCount(text[..comma]) > 30)
            {
                break;
            }

            var rest = text[(comma + 1)..].TrimStart();
            var next = FirstWord(rest);
            if (WordCount(rest) < 3 || (char.IsLower(next.FirstOrDefault()) && words.ClauseOpeners.Contains(next) && !words.LeadingPhrase.IsMatch(rest)))
            {
                break;
            }

            text = rest;
        }

        return text;
    }

    /// <summary>The sentence without appositives between its subject and its verb.</summary>
    public static string WithoutAppositives(string text, HeadlineWords words)
    {
        text = words.RoleCommas.Replace(text, "${role} ${name} ");
        for (var previous = ""; previous != text;)
        {
            previous = text;
            // "Medvedev, the deputy secretary …, who has routinely threatened …, said": the relative clause after goes next.
            text = words.Appositive.Replace(text, m => !IsNounPhrase(m.Groups["subject"].Value) || !VerbFollows(m.Groups["next"].Value) ? m.Value
                : m.Groups["subject"].Value + (m.Groups["next"].Value is "who" or "which" or "whose" ? ", " : " "), 1);
        }

        return text;
    }

    /// <summary>An opening pronoun and "this X" replaced by what the passage named.</summary>
    public static string Resolved(string text, IReadOnlyList<Antecedent> before, HeadlineWords words)
    {
        if (before.Count == 0)
        {
            return text;
        }

        text = Capitalized(text);
        var pronoun = OpeningPronoun().Match(text);
        if (pronoun.Success && !HeadlineCheck.Expletive(text, words))
        {
            var word = pronoun.Groups["p"].Value;
            var possessive = word is "His" or "Her" or "Its" or "Their";
            if (possessive && !PossessiveFollows().IsMatch(text[pronoun.Length..]))
            {
                // "Her" as an object ("Her the crowd cheered") is not a possessive: nothing to resolve.
            }
            // An "it" after ", but" in the same sentence is as often the whole clause before as its subject: only a person is taken.
            else if ((word is "He" or "She" or "His" or "Her" ? LastPerson(before, words)
                : before[^1].SameSentence ? null : SubjectOf(before[^1].Text, plural: word is "They" or "Their", words)) is { } referent)
            {
                text = (possessive ? Possessive(referent) : referent) + text[pronoun.Length..];
            }
        }

        return Demonstrative().Replace(text, m =>
        {
            var noun = m.Groups["noun"].Value;
            if ((m.Index > 0 && words.TimeWords.Contains(noun)) || noun.Length < 4)
            {
                return m.Value;
            }

            var phrase = words.Kin(noun).Select(n => before.Reverse().Select(a => NamingPhrase(a.Text, n, words)).FirstOrDefault(p => p is not null)).FirstOrDefault(p => p is not null)
                ?? before.Reverse().Select(a => StancePhrase(a.Text, noun, words)).FirstOrDefault(p => p is not null);
            return phrase is null ? m.Value : (char.IsUpper(m.Value[0]) ? "The " : "the ") + phrase;
        });
    }

    /// <summary>A long clause shortened to a clause of its own, or kept whole when none reads alone.</summary>
    public static string Shortened(string text, HeadlineWords words, int keepUntil = 0)
    {
        var count = WordCount(text);
        // A phrase break never cuts a verb of saying from what was said: "X indicated in agreement | with Y that …".
        var complement = ComplementEnd(text, words);
        var breaks = Breaks(text, words).Where(b => (b.Strength < 2 || b.At >= complement) && b.At >= keepUntil).ToList();
        string? Left(Func<Break, bool> which, int most, bool last = false)
        {
            var lefts = breaks.Where(which).Select(b => text[..b.At].TrimEnd())
                .Where(l => WordCount(l) >= MinWords && WordCount(l) <= most && !HeadlineCheck.EndsOpen(l, words) && HeadlineCheck.Balanced(l) && !EndsInFragment(l));
            return last ? lefts.LastOrDefault() : lefts.FirstOrDefault();
        }

        if (count <= MaxWords || (keepUntil > 0 && count <= LongMax))
        {
            // Short enough; but a clause left open by what was taken out ("…, consisting of") stops at its last break.
            return !HeadlineCheck.EndsOpen(text, words) ? text : Left(_ => true, MaxWords, last: true) ?? text;
        }

        return Left(b => b.Strength == 0, MaxWords)
            ?? Left(b => b.Strength == 1, MaxWords)
            ?? (count <= LongMax ? text : null)
            ?? Left(b => b.Strength <= 1, LongMax)
            ?? Left(b => b.Strength == 2 && b.WordsBefore >= 6, MaxWords, last: true)
            ?? Left(b => b.Strength == 2 && b.WordsBefore >= 6, LongMax, last: true)
            ?? text;
    }

    /// <summary>Where the complement of the first verb of saying ends at the earliest: four words after the verb.</summary>
    private static int ComplementEnd(string text, HeadlineWords words)
    {
        var tokens = WordWithPosition().Matches(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.ComplementVerbs.Contains(tokens[i].Value) && char.IsLower(tokens[i].Value[0]))
            {
                return i + 4 < tokens.Count ? tokens[i + 4].Index : text.Length;
            }
        }

        return 0;
    }

    private static string Tidy(string text)
    {
        text = Spaces().Replace(text, " ");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = DoubledComma().Replace(text, ",");
        text = text.Trim().TrimEnd('.', ',', ';', ':', '–', '—', '-', ' ').Trim();
        text = LeadingPunctuation().Replace(text, "");
        if (text.Count(c => c == '"') % 2 == 1 && text.LastIndexOf('"') is var q && (q == 0 || text[q - 1] == ' '))
        {
            // A quotation the sentence splitter ended: it is closed where the sentence ends.
            text += "\"";
        }

        return Capitalized(text);
    }

    private static string Capitalized(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private readonly record struct Break(int At, int Strength, int WordsBefore);

    /// <summary>Where a clause may stop, outside quotes and brackets: 0 a clause break, 1 a clause after a comma, 2 an adjunct.</summary>
    private static IEnumerable<Break> Breaks(string text, HeadlineWords words)
    {
        var depth = 0;
        var quoted = false;
        var wordsBefore = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && i > 0 && text[i - 1] != ' ')
            {
                wordsBefore++;
            }

            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    continue;
                case '(' or '[' or '“':
                    depth++;
                    continue;
                case ')' or ']' or '”':
                    depth--;
                    continue;
            }

            if (depth > 0 || quoted)
            {
                continue;
            }

            var rest = text.AsSpan(i);
            if (rest.StartsWith("; ") || rest.StartsWith(" – ") || rest.StartsWith(" — ") || (c == '—' && i > 0 && text[i - 1] != ' ') || rest.StartsWith(": "))
            {
                yield return new Break(i, 0, wordsBefore);
            }
            else if (c == ',' && i + 2 < text.Length)
            {
                var next = FirstWord(text[(i + 1)..].TrimStart());
                var coordinate = next is "and" or "or";
                if ((words.ClauseOpeners.Contains(next) && char.IsLower(next[0]) && (!coordinate || (ClauseFollows(text[(i + 1)..]) && !EndsAList(text[..i]))))
                    || (next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0])))
                {
                    yield return new Break(i, 1, wordsBefore);
                }
            }
            else if (c == ' ' && i + 1 < text.Length && FirstWord(text[(i + 1)..]) is var word && word.Length > 0 && char.IsLower(word[0]) && words.PhraseBreaks.Contains(word))
            {
                yield return new Break(i, 2, wordsBefore);
            }
        }
    }

    // ", and recognise the independence of Donetsk" opens a clause; ", and Germany" ends a list.
    private static bool ClauseFollows(string after)
    {
        var end = FirstAtDepthZero(after, ',');
        return WordCount(end < 0 ? after : after[..end]) >= 5;
    }

    // What follows an appositive is its subject's verb ("…, said", "…, who", "…, also warned"), not a list's next item.
    private static bool VerbFollows(string next) =>
        next is "who" or "which" or "whose" or "also" or "then" or "later" or "again" or "soon" or "is" or "was" or "were" or "are" or "has" or "had" or "have"
            or "will" or "would" or "could" or "can" or "did" or "does"
        || (next.Length > 3 && (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith('s'))) || IrregularPast().IsMatch(next);

    // Only between a subject and its verb: a subject has no verb of its own.
    private static bool IsNounPhrase(string words) =>
        !words.Split(' ').Any(w => w is "is" or "was" or "were" or "are" or "has" or "had" or "have" or "said" || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)));

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>
    /// The subject of a sentence, when it opens on one (words up to its verb, no clause inside): what an "It" or a
    /// "They" opening the next sentence most likely refers to. Only a subject of the right number is taken.
    /// </summary>
    public static string? SubjectOf(string sentence, bool plural, HeadlineWords words)
    {
        sentence = Capitalized(WithoutAppositives(WithoutLeadingAdjuncts(Clean(sentence), words), words));
        var m = SubjectThenVerb().Match(sentence);
        if (!m.Success || words.LeadingPhrase.IsMatch(sentence) || words.OpeningReference.IsMatch(sentence))
        {
            return null;
        }

        var subject = m.Groups["subject"].Value.Trim();
        var tokens = subject.Split(' ');
        if (tokens.Skip(1).Any(t => words.ClauseOpeners.Contains(t) && t is not ("of" or "in" or "and" or "for" or "on" or "at" or "from")) || tokens.Length > 7)
        {
            return null;
        }

        var head = tokens[^1];
        var isPlural = (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("’s", StringComparison.Ordinal))
            || (tokens.Contains("and") && !tokens.Contains("of"));
        var verb = m.Groups["verb"].Value;
        var verbPlural = verb is "were" or "are" or "have" or "do";
        var verbSingular = verb is "was" or "is" or "has" or "does";
        return (plural ? isPlural && !verbSingular : !isPlural && !verbPlural && char.IsUpper(subject[0])) ? subject : null;
    }

    // "…about Ukraine, or withdrawal": a cut three words after a comma leaves a fragment of what the comma opened.
    private static bool EndsInFragment(string left)
    {
        var comma = left.LastIndexOf(',');
        return comma >= 0 && WordCount(left[(comma + 1)..]) < 4;
    }

    // "a power vacuum, civil unrest, and a lack of governance": an item before the ", and" set off by a comma of its own.
    private static bool EndsAList(string before)
    {
        var comma = before.LastIndexOf(',');
        return comma >= 0 && WordCount(before[(comma + 1)..]) <= 4;
    }

    private static string? LastPerson(IReadOnlyList<Antecedent> before, HeadlineWords words)
    {
        foreach (var a in before.Reverse())
        {
            if (a.Mentions.FirstOrDefault(m => m.Person is not null) is { } m && m.Start >= 0 && m.Start + m.Length <= a.Text.Length)
            {
                return a.Text.Substring(m.Start, m.Length);
            }

            var name = LeadingName().Match(Capitalized(WithoutLeadingAdjuncts(Clean(a.Text), words)));
            // A one-word name in -s is more often a people or a thing ("Cities grew …") than a person.
            var single = name.Groups["name"].Value is var n && !n.Contains(' ', StringComparison.Ordinal);
            if (name.Success && !name.Groups["name"].Value.Split(' ').Any(w => words.FunctionWords.Contains(w) || words.LeadingPhrase.IsMatch(w + " ") || words.OpeningReference.IsMatch(w + " "))
                && !(single && n.EndsWith('s') && !n.EndsWith("ss", StringComparison.Ordinal) && !n.EndsWith("us", StringComparison.Ordinal))
                && !a.Mentions.Any(m => m.Person is null && a.Text.AsSpan(m.Start, m.Length).SequenceEqual(name.Groups["name"].Value)))
            {
                return name.Groups["name"].Value;
            }
        }

        return null;
    }

    /// <summary>The phrase of a sentence that names the noun a demonstrative points to ("security assurances to Ukraine").</summary>
    private static string? NamingPhrase(string sentence, string noun, HeadlineWords words)
    {
        var stem = noun.EndsWith("es", StringComparison.Ordinal) ? noun[..^2] : noun.EndsWith('s') ? noun[..^1] : noun;
        var m = Regex.Match(sentence, @"(?<mods>(?:[\p{L}\d'’-]+\s+){0,2})(?<noun>" + Regex.Escape(stem) + @"(?:s|es)?)\b(?<tail>\s+(?:of|to|for|on|with)\s+(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        if (!m.Success)
        {
            return null;
        }

        // "Paternalism was a pro-slavery ideology …": "this ideology" is what the sentence defined.
        var defined = Definition().Match(sentence[..m.Index] + m.Groups["mods"].Value);
        if (defined.Success && !words.OpeningReference.IsMatch(defined.Groups["subject"].Value) && !words.LeadingPhrase.IsMatch(defined.Groups["subject"].Value))
        {
            return defined.Groups["subject"].Value;
        }

        // Only what names the thing: modifiers (no verb, pronoun or determiner) and an "of/to …" complement of names.
        var mods = m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse()
            .TakeWhile(w => !words.FunctionWords.Contains(w) && !words.ComplementVerbs.Contains(w) && !words.OpeningReference.IsMatch(w + " ")
                && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal)
                && !w.EndsWith("’s", StringComparison.Ordinal) && !w.EndsWith(',') && !Pronouns.Contains(w) && !IrregularPast().IsMatch(w))
            .Reverse().ToList();
        var tail = m.Groups["tail"].Value;

        // "funding" alone is no more than "this funding" was: a phrase that says nothing more resolves nothing.
        return mods.Count == 0 && tail.Length == 0 ? null : string.Join(' ', [.. mods, m.Groups["noun"].Value]) + tail;
    }

    private static readonly HashSet<string> Pronouns = new(["i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "one", "who", "which"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"refusal" after "… was not ready to negotiate with Russian representatives unless …": "refusal to negotiate with Russian representatives".</summary>
    private static string? StancePhrase(string sentence, string noun, HeadlineWords words)
    {
        if (!words.StanceNouns.TryGetValue(noun, out var cues))
        {
            return null;
        }

        foreach (var cue in cues)
        {
            var at = sentence.IndexOf(" " + cue + " ", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            // The infinitive's phrase, up to a clause it does not need ("unless …", "if …", a comma), at most eight words.
            var rest = sentence[(at + cue.Length + 2)..];
            var end = StanceEnd().Match(rest);
            var verbPhrase = string.Join(' ', (end.Success ? rest[..end.Index] : rest).TrimEnd('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8));
            if (verbPhrase.Length > 0 && !HeadlineCheck.EndsOpen(verbPhrase, words))
            {
                return noun + " to " + verbPhrase;
            }
        }

        return null;
    }

    /// <summary>The first place of a mark outside quotes and brackets, or -1.</summary>
    internal static int FirstAtDepthZero(string text, char mark)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '(' or '[' or '“':
                    depth++;
                    break;
                case ')' or ']' or '”':
                    depth--;
                    break;
                default:
                    if (text[i] == mark && depth <= 0 && !quoted)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static string QuoteSpacing(string text)
    {
        // A scrape leaves a link's text spaced inside its quotes: '" demilitarization"'.
        var result = new StringBuilder(text.Length);
        var open = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                open = !open;
                if (!open)
                {
                    while (result.Length > 0 && result[^1] == ' ')
                    {
                        result.Length--;
                    }
                }

                result.Append(c);
                if (open)
                {
                    while (i + 1 < text.Length && text[i + 1] == ' ')
                    {
                        i++;
                    }
                }

                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string FirstWord(string text) => FirstWordPattern().Match(text) is { Success: true } m ? m.Value : "";

    [GeneratedRegex(@"\[\[(?:[^|\]]*\|)?(?<text>[^\]]*)\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"\{\{[^}]*\}\}?")]
    private static partial Regex Templates();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"'{2,}|\*\*|__|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s#+\s*\S")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\[\d+\]|\[citation needed\]")]
    private static partial Regex ReferenceMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordWithPosition();

    [GeneratedRegex(@"\s+(?:unless|if|until|while|because|as long as|so long as|before|after|but)\b|[,;:.]")]
    private static partial Regex StanceEnd();

    [GeneratedRegex(@"^(?:sought|led|made|took|gave|grew|saw|won|lost|fought|rose|fell|built|brought|held|left|met|found|became|began|got|went|came|sent|spent|kept|told|thought|said|paid|ran|wrote|drove|struck|stood|bore|chose|knew|threw|drew|sold|bought|taught|caught)$", RegexOptions.IgnoreCase)]
    private static partial Regex IrregularPast();

    [GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas|before|after|when)\s+|;\s+)")]
    private static partial Regex ClauseJoint();

    // A hyphen only as a dash ("- Russian troops …"), not a minus ("-1").
    [GeneratedRegex(@"^(?:[\s,;:.)\]–—]|-(?=\s))+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@",(?:\s*,)+")]
    private static partial Regex DoubledComma();

    [GeneratedRegex(@"^\W*\p{Lu}\p{Ll}+ing\b")]
    private static partial Regex LeadingParticiple();

    [GeneratedRegex(@"^\W*\p{Lu}\p{Ll}+(?:lly|ely|tly|sly|rly|dly|gly|bly|ntly)\s*,")]
    private static partial Regex LeadingAdverb();

    [GeneratedRegex(@"^(?<p>He|She|His|Her|It|Its|They|Their)\b(?!['’])")]
    private static partial Regex OpeningPronoun();

    [GeneratedRegex(@"^\s+\p{Ll}")]
    private static partial Regex PossessiveFollows();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?<noun>\p{Ll}[\p{L}-]*)")]
    private static partial Regex Demonstrative();

    // A sentence that opens on a name and its verb: "Bennett spoke …", "President Lula da Silva said …".
    [GeneratedRegex(@"^\W*(?<name>\p{Lu}[\p{L}.-]+(?:\s+(?:da|de|von|van|bin|al-)?\s*\p{Lu}[\p{L}.-]+){0,3})(?:['’]s\s+\p{Ll}+|\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:\p{Ll}+(?:ed|s)|was|had|became|led|made|took|gave|wrote|won|lost|fought|rose|fell|held|left|met|saw|sought|began|grew|found|built|brought)\b)")]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex FirstWordPattern();

    // "The Minoans engaged …", "Farmers in western Massachusetts were …": up to six words, then an auxiliary or a past tense.
    [GeneratedRegex(@"^(?<subject>\p{Lu}[\p{L}\d'’.-]*(?:\s+[\p{L}\d'’.-]+){0,6}?)\s+(?:also\s+|then\s+|later\s+|soon\s+|eventually\s+)?(?<verb>was|were|is|are|has|had|have|would|could|did|does|do|became|began|remained|sought|led|made|took|gave|grew|saw|won|lost|fought|rose|fell|built|brought|held|left|met|found|became|\p{Ll}{3,}ed)\b")]
    private static partial Regex SubjectThenVerb();

    [GeneratedRegex(@"^(?<subject>\p{Lu}[\p{L}\d'’.-]*(?:\s+[\p{L}\d'’.-]+){0,5}?)\s+(?:was|is|were|are|became|remains|remained)\s+(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,4}$")]
    private static partial Regex Definition();
}
