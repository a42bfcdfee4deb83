using System.Text.RegularExpressions;
using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Facts;

/// <summary>
/// Reads every heading, label and sentence of a document once, in order, and keeps what the rules need.
/// A day or month without a year takes the year of its heading, else the last year the text gave for a
/// happening before it; with neither it is a warning, never a default year. A document's own date
/// (publication, access) is never a context: it is when the text was written, not when anything in it
/// happened.
/// </summary>
public static partial class FactReader
{
    public static DocumentFacts Read(SegmentedDocument document, Gazetteer gazetteer, TopicTagger topics, Cues? cues = null)
    {
        cues ??= Cues.Default;
        var warnings = new List<ImportWarning>();
        var sections = new ContextDate?[document.Sections.Count];
        var labels = new IReadOnlyList<DatePhrase>[document.Passages.Count];
        var sentences = new List<SentenceFacts>(document.Sentences.Count);
        int? runningYear = null;
        var nextSection = 0;
        // The lead, before the first heading of the body, sums up the whole document. When it (with the title)
        // tells of one year only, that is the year the body's story is in; when it spans several, none carries.
        var leadOver = false;
        var leadYears = new HashSet<int>();
        if (document.Sections.Count > 0 && IsTitle(document, 0)
            && DatePhraseFinder.FindAll(document.Sections[0].Heading, new DateContext(null)).Phrases is [{ YearInferred: false } titleYear, ..])
        {
            leadYears.Add(titleYear.DateStart.Year);
        }

        foreach (var passage in document.Passages)
        {
            // Headings are read where they stand, so a heading's year-less "August" takes the year the text gave before it.
            for (; nextSection < document.Sections.Count && (passage.SectionIndex is null || nextSection <= passage.SectionIndex); nextSection++)
            {
                if (!leadOver && !IsTitle(document, nextSection))
                {
                    leadOver = true;
                    runningYear = leadYears.Count == 1 ? leadYears.Single() : null;
                }

                sections[nextSection] = HeadingDate(document, sections, nextSection, ref runningYear, warnings);
            }

            var sectionYear = SectionYear(document, sections, passage.SectionIndex);
            var contextYear = sectionYear ?? runningYear;
            var labelDates = new List<DatePhrase>();
            foreach (var label in LabelsOf(passage))
            {
                var found = DatePhraseFinder.FindAll(label.Text, new DateContext(contextYear)).Phrases;
                labelDates.AddRange(found.Take(1));
            }

            labels[passage.Index] = labelDates;
            if (labelDates.Count > 0 && !labelDates[0].YearInferred)
            {
                contextYear = labelDates[0].DateStart.Year;
            }

            foreach (var sentence in document.SentencesOf(passage))
            {
                var facts = Read(document, sentence, new DateContext(contextYear), gazetteer, topics, cues, warnings);
                sentences.Add(facts);
                if (facts.NewTime && facts.OwnDates.Count == 0)
                {
                    // "During the Russian invasion of Ukraine, …": the year the text gave before no longer holds; the
                    // story's own year (the one year its lead tells of) still does.
                    runningYear = leadOver && leadYears.Count == 1 ? leadYears.Single() : null;
                    contextYear = sectionYear ?? runningYear;
                }

                // The year the story is at is the year of what the sentence tells: its first own date, not a
                // later one of a clause that looks back ("…, which had begun in 2014").
                var explicitYear = (facts.OwnDates.Count > 0 ? facts.OwnDates[0] : facts.Frame) is { YearInferred: false, Precision: DatePrecision.Day or DatePrecision.Month or DatePrecision.Part or DatePrecision.Year } first
                    ? first.DateStart.Year
                    : (int?)null;
                if (!leadOver && explicitYear is { } leadYear)
                {
                    leadYears.Add(leadYear);
                }

                if (explicitYear is not null)
                {
                    runningYear = explicitYear;
                    contextYear = sectionYear is not null && labelDates.Count == 0 ? sectionYear : explicitYear;
                }
            }
        }

        for (; nextSection < document.Sections.Count; nextSection++)
        {
            sections[nextSection] = HeadingDate(document, sections, nextSection, ref runningYear, warnings);
        }

        return new DocumentFacts(document, sentences, [.. sections.Select(s => s!)], labels, warnings);
    }

    /// <summary>The document's own title heading: the first section, with the first passage under it.</summary>
    private static bool IsTitle(SegmentedDocument document, int section) =>
        section == 0 && document.Passages.Count > 0 && document.Passages[0].SectionIndex == 0;

    private static IEnumerable<CleanText> LabelsOf(PassageSpan passage)
    {
        if (passage.Label is { Length: > 0 } own)
        {
            yield return own;
        }

        foreach (var outer in passage.OuterLabels ?? [])
        {
            yield return outer;
        }
    }

    private static int? SectionYear(SegmentedDocument document, ContextDate?[] sections, int? sectionIndex)
    {
        for (var s = sectionIndex; s is { } index; s = document.Sections[index].ParentIndex)
        {
            if (sections[index]?.Year is { } year)
            {
                return year;
            }
        }

        return null;
    }

    private static ContextDate HeadingDate(SegmentedDocument document, ContextDate?[] sections, int index, ref int? runningYear, List<ImportWarning> warnings)
    {
        var section = document.Sections[index];
        if (IsTitle(document, index))
        {
            // A title names what the document is about ("2022 Kharkiv counteroffensive", "Battle of Konotop (2022)",
            // a question "… on the night of April 27th, 1777?"): it dates nothing told under it.
            return new ContextDate(null, null);
        }

        var parentYear = SectionYear(document, sections, section.ParentIndex);
        var scan = DatePhraseFinder.FindAll(section.Heading, new DateContext(parentYear ?? runningYear));
        var phrase = scan.Phrases is [var first, ..] ? first : null;
        if (phrase is null && scan.Problems is [var problem, ..])
        {
            warnings.Add(new ImportWarning(document.Source.Where, section.Line, $"date \"{problem.Text}\" in a heading was not used: {problem.Reason}"));
        }

        if (phrase is { YearInferred: false, Precision: DatePrecision.Day or DatePrecision.Month or DatePrecision.Part or DatePrecision.Year })
        {
            runningYear = phrase.DateStart.Year;
        }

        var year = phrase is { YearInferred: false } ? phrase.DateStart.Year : parentYear ?? phrase?.DateStart.Year;
        return new ContextDate(year, phrase);
    }

    private static SentenceFacts Read(SegmentedDocument document, Sentence sentence, DateContext context, Gazetteer gazetteer, TopicTagger topics, Cues cues, List<ImportWarning> warnings)
    {
        var text = sentence.Text;
        var citation = Citation().IsMatch(text);
        var scan = DatePhraseFinder.FindAll(text, context);

        // A day or month without a year takes a year its own sentence gives before it ("during the 2014 unrest in April")
        // before any year of its context.
        if (scan.Phrases.Any(p => p.YearInferred) && scan.Phrases.FirstOrDefault(p => !p.YearInferred && p.Precision is DatePrecision.Year or DatePrecision.Month or DatePrecision.Day) is { } given
            && given.DateStart.Year != context.Year && scan.Phrases.First(p => p.YearInferred).Start > given.Start)
        {
            scan = DatePhraseFinder.FindAll(text, new DateContext(given.DateStart.Year));
        }

        if (!citation)
        {
            foreach (var problem in scan.Problems)
            {
                var (rawStart, _) = sentence.Passage.Text.ToRaw(sentence.Start + problem.Start, Math.Max(1, problem.Length));
                warnings.Add(new ImportWarning(document.Source.Where, document.Source.LineOf(rawStart), $"date \"{problem.Text}\" was not used: {problem.Reason}"));
            }
        }

        DatePhrase? frame = null;
        var own = new List<DatePhrase>();
        foreach (var phrase in scan.Phrases)
        {
            var before = text[..phrase.Start];
            if (cues.Framing.IsMatch(before))
            {
                frame ??= phrase;
                continue;
            }

            // A date in a relative clause (", which began on …", ", who died on …") tells of the noun it describes:
            // with a date of the sentence's own before it, or when the clause closes and the sentence goes on, the
            // sentence is not dated by it. Nor is it by a date of an example it gives ("including X, who was killed on …").
            var after = text[(phrase.Start + phrase.Length)..];
            var inRelativeClause = RelativeClause().Match(before) is { Success: true } relative
                && (own.Count > 0 || frame is not null || (relative.Value.Contains("who", StringComparison.Ordinal) && after.Contains(", ", StringComparison.Ordinal)));
            var inExample = Example().IsMatch(before);
            if (!inRelativeClause && !inExample && !IsReference(text, before, phrase, cues) && !NamesAThing(text, phrase, cues)
                && !InReportedContent(before, cues) && !Recurring(before, phrase))
            {
                own.Add(phrase);
            }
        }

        return new SentenceFacts(
            sentence,
            scan.Phrases,
            citation ? [] : own,
            citation ? null : frame,
            gazetteer.Find(text),
            topics.Tag(text),
            Relative(text, cues),
            citation,
            cues.Summary.IsMatch(text),
            !citation && !IsQuestion(text) && cues.TellsAHappening(text) && !Definition().IsMatch(text),
            cues.SteppingOut.IsMatch(text) || cues.Process.IsMatch(text) || OtherTense().IsMatch(text) || CountedFromAnother().IsMatch(text),
            NewTime: cues.TimeClause.Match(text) is { Success: true } clause && !scan.Phrases.Any(p => p.Start < clause.Length) && !cues.BackReference.IsMatch(clause.Value),
            IsDefinition: Definition().IsMatch(text),
            IsEvaluation: cues.Evaluates(text) || cues.Result.IsMatch(text),
            Claims: !citation && !IsQuestion(text) && PresentClaim().IsMatch(text) && !Definition().IsMatch(text) && !cues.Evaluates(text),
            Speculative: Speculative().Match(text) is { Success: true } guess
                && !cues.Reporting.IsMatch(text[..guess.Groups["modal"].Index]) && !cues.TellsAHappening(text[..guess.Groups["modal"].Index]),
            Perfect: OtherTense().IsMatch(text));
    }

    /// <summary>
    /// A date right after "since", "until", "accessed"; inside a since/until clause; or in a leading clause
    /// about another time ("After the invasion in 2022, …", "Prior to his visit on 20 March, …"). A leading
    /// "After …"/"Following …" clause that names a day or a month is the exception: it sets the time the main
    /// clause follows on ("After the talks on 17 March, Russia said …").
    /// </summary>
    private static bool IsReference(string sentence, string before, DatePhrase phrase, Cues cues)
    {
        var trimmed = before.TrimEnd();
        if (cues.ReferenceAtEnd.IsMatch(trimmed) || cues.ReferenceClause.IsMatch(trimmed))
        {
            return true;
        }

        // "… shortly after gaining independence in the late 18th century": a clause of another happening, told by its gerund.
        if (GerundClause().IsMatch(trimmed))
        {
            return true;
        }

        // "Beginning in 1961, the plans were coordinated with …": the start of a state told in the passive, like
        // "since"; an act told after it ("Starting on 13 August, Russian forces captured …") is dated by it.
        if (StateStart().IsMatch(trimmed) && PassiveState().IsMatch(sentence[(phrase.Start + phrase.Length)..]) && !Inchoative().IsMatch(sentence))
        {
            return true;
        }

        return cues.LeadingReference.IsMatch(trimmed)
            && !(phrase.Precision is DatePrecision.Day or DatePrecision.Part or DatePrecision.Month && FollowingLead().IsMatch(trimmed));
    }

    [GeneratedRegex(@"\b(?:after|before|following|since|upon|prior to)\s+\p{Ll}+ing\b[^,.;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex GerundClause();

    [GeneratedRegex(@"^\W*(?:Beginning|Starting|Commencing|Effective)(?:\s+(?:on|in|from))?$")]
    private static partial Regex StateStart();

    [GeneratedRegex(@"\b(?:began|begun|started|launched|opened|commenced|initiated)\b")]
    private static partial Regex Inchoative();

    [GeneratedRegex(@"^[^.;]*?\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:\p{Ll}+ed|used|kept|held|made|given|seen)\b")]
    private static partial Regex PassiveState();

    [GeneratedRegex(@"\b(?:including|among them)\b[^;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Example();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:\w+\s+)?(?:\p{Ll}+ed|held|kept|seen)\s+(?:on|in|every|each|annually)\s*$|\b(?:falls|fall|occurs|recurs)\s+(?:on|in)\s*$")]
    private static partial Regex PresentBefore();

    /// <summary>A day or month without a year after a verb of the present ("is celebrated on June 9", "falls in May") recurs; it dates nothing that happened.</summary>
    private static bool Recurring(string before, DatePhrase phrase) =>
        phrase.YearInferred && PresentBefore().IsMatch(before);

    /// <summary>
    /// A date inside what someone says dates what was said about, not the saying: it stands after a verb of
    /// saying and after the start of what was said — "that", a quotation, or a clause with a verb of its own
    /// ("said the talks would resume in June"). "Stated in an interview on 24 November" dates the saying.
    /// </summary>
    private static bool InReportedContent(string before, Cues cues)
    {
        if (cues.ReportedClause.IsMatch(before))
        {
            return true;
        }

        // "was reported to have taken place on 26 February", "an engagement reported to have …": what is reported of
        // the subject is its own happening.
        var verb = cues.Saying.Matches(before).FirstOrDefault(m => !PassiveReport().IsMatch(before[..m.Index])
            && !before.AsSpan(m.Index + m.Length).TrimStart().StartsWith("to ", StringComparison.Ordinal));
        if (verb is null)
        {
            return false;
        }

        var gap = before[(verb.Index + verb.Length)..];
        return gap.IndexOfAny(['"', '“', ':']) >= 0 || ThatClause().IsMatch(gap) || cues.Auxiliary.IsMatch(gap) || cues.TellsAHappening(gap);
    }

    [GeneratedRegex(@"\bthat\b")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$")]
    private static partial Regex PassiveReport();

    // "The 2024 election is expected to see …", "The race may also see …": a prediction, not a happening.
    [GeneratedRegex(@"^[^,;]{0,80}?\b(?<modal>(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|likely|predicted|projected|forecast)\s+to|may|might|could|would|should)\s+(?:\w+\s+)?\p{Ll}+")]
    private static partial Regex Speculative();

    // "Less than two weeks after being drafted, …": a time counted from another happening than the one before.
    [GeneratedRegex(@"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedFromAnother();

    // The first verb in the pluperfect or the present perfect ("the fighters had been training …", "the states have adopted …")
    // tells of a time before the story's or up to the writer's: not the time of the sentence before.
    [GeneratedRegex(@"^[^,;]{0,80}?\b(?:had|has|have)\s+(?:(?:also|already|long|since|previously|repeatedly|not|only)\s+)?(?:\p{Ll}+ed|been|sought|begun|taken|made|given|seen|become|done|held|won|lost|fought|led|brought|grown|known|shown)\b")]
    private static partial Regex OtherTense();

    // A claim about the present ("Russia has been launching attacks", "33 states have laws", "operations are ongoing").
    [GeneratedRegex(@"\b(?:is|are|has|have|remains|continues|continue)\b")]
    private static partial Regex PresentClaim();

    // "The Battle of Ivankiv was a military engagement …", "Dovhenke is a village …": what a thing is, not what happened.
    [GeneratedRegex(@"^\W*(?:The |A |An )?[\p{Lu}\d][^;]{0,80}? (?:is|was|are|were) (?:a|an|one of the|one of|the (?:site|scene|capital|seat|home|birthplace|centre|center|location|subject|name) of)\b")]
    private static partial Regex Definition();

    [GeneratedRegex(@",\s+(?:which|who|whose|where)\b[^,;]*$")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\W*(?:After|Following|Shortly after|Soon after)\b")]
    private static partial Regex FollowingLead();


    /// <summary>
    /// A year that names a thing does not date the sentence: used as an adjective ("the 2014 Minsk
    /// agreements", "a 1951 convention"), after a noun with "of" ("the election of 1896"), or in brackets
    /// after a name ("the Spanish–American War (1898)"); a month before a name names it too ("the July
    /// Crisis", "the October Revolution"). It does date the sentence when the thing it names is what the
    /// sentence is about — its subject ("The Immigration Act of 1924 established …") — or when it stands in
    /// a phrase of time ("in the 2016 election, …", "during the 1812 war").
    /// </summary>
    private static bool NamesAThing(string sentence, DatePhrase phrase, Cues cues)
    {
        var before = sentence[..phrase.Start];
        var after = sentence[(phrase.Start + phrase.Length)..];
        if (phrase.Precision == DatePrecision.Month && phrase.YearInferred && !phrase.Text.Contains(' ', StringComparison.Ordinal)
            && after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1]) && !cues.Reporting.IsMatch(after))
        {
            return before.TrimEnd().EndsWith("the", StringComparison.OrdinalIgnoreCase);
        }

        if (phrase.Precision is not (DatePrecision.Year or DatePrecision.Decade or DatePrecision.Century))
        {
            return false;
        }

        // "Karpoori Thakur (1924–1988)", "the Civil War (1861–1865)": years in brackets after a name belong to it.
        if (before.EndsWith('(') && after.StartsWith(')') && BracketedAfterName().IsMatch(before))
        {
            return true;
        }

        if (NamesTheSubject(before) || TimePhrase().IsMatch(before))
        {
            return false;
        }

        if (phrase.Precision == DatePrecision.Year && phrase.DateEnd is null
            && (before.EndsWith("the ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("a ", StringComparison.Ordinal) || before.EndsWith("an ", StringComparison.Ordinal)
                || before.EndsWith("'s ", StringComparison.Ordinal) || before.EndsWith("’s ", StringComparison.Ordinal))
            && after.Length > 1 && after[0] == ' ' && char.IsLetter(after[1]))
        {
            return true;
        }

        if (phrase.Precision == DatePrecision.Year && after.Length > 1 && after[0] == ' ' && NextWord().Match(after) is { Success: true } noun
            && cues.NamingNouns.Contains(noun.Value) && !before.TrimEnd().EndsWith(" in", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (NounOf().Match(before) is { Success: true } of && !DateScanner.IsTimeWord(of.Groups["noun"].Value)
            && (char.IsUpper(of.Groups["noun"].Value[0]) || cues.NamingNouns.Contains(of.Groups["noun"].Value)))
        {
            return true;
        }

        return before.EndsWith('(') && after.StartsWith(')') && BracketedAfterName().IsMatch(before);
    }

    /// <summary>The year stands in the noun phrase the sentence opens with, before any verb: the sentence is about that thing.</summary>
    private static bool NamesTheSubject(string before)
    {
        // Past a leading adverb of the discourse ("For example, the 2020 election saw …").
        before = DiscourseLead().Replace(before, "");
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && before.IndexOfAny([',', ';', ':']) < 0
            && (words.Length == 0 || words[0] is "The" or "the" || (char.IsUpper(words[0][0]) && !Preposition().IsMatch(words[0])))
            && !words.Any(w => Verbish().IsMatch(w));
    }

    /// <summary>A question asks; it tells nothing. A quoted question inside a report ("responded: \"How about …?\"") is a report.</summary>
    private static bool IsQuestion(string sentence) =>
        sentence.TrimEnd().EndsWith('?') && sentence.IndexOfAny(['"', '“', '«']) < 0;

    private static RelativeDay? Relative(string sentence, Cues cues)
    {
        foreach (var (pattern, offset) in new[] { (cues.NextDay, 1), (cues.SameDay, 0), (cues.DayBefore, -1) })
        {
            var match = pattern.Match(sentence);
            if (match.Success)
            {
                return new RelativeDay(offset, match.Index, match.Length, match.Value.TrimStart());
            }
        }

        var counted = CountedDays().Match(sentence);
        if (counted.Success && Number(counted.Groups["n"].Value) is { } n)
        {
            var days = counted.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? n * 7 : n;
            var forward = counted.Groups["dir"].Value.ToLowerInvariant() is "later" or "after";
            return new RelativeDay(forward ? days : -days, counted.Index, counted.Length, counted.Value);
        }

        var year = RelativeYear().Match(sentence);
        if (year.Success)
        {
            return new RelativeDay(year.Groups["next"].Success ? 1 : year.Groups["before"].Success ? -1 : 0, year.Index, year.Length, year.Value, InYears: true);
        }

        return null;
    }

    private static int? Number(string word) => int.TryParse(word, out var n) ? n : Array.IndexOf(NumberWords, word.ToLowerInvariant()) is var i and >= 0 ? i + 1 : null;

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    // "Two days later", "A week later", "Three days earlier", "Three days after the town fell": days counted
    // from the happening before.
    [GeneratedRegex(@"^\W*(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<unit>days?|weeks?)\s+(?<dir>later|earlier|after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedDays();

    // "later that year", "the following year", "that same year": a year counted from the story's time.
    [GeneratedRegex(@"\b(?:(?<same>later that year|earlier that year|that same year|the same year|that year)|(?<next>the following year|the next year|a year later)|(?<before>the previous year|the year before|a year earlier))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    // "In the 2016 election, …", "…, during the 1812 war": a phrase of time around a thing a year names, leading the
    // sentence or set off by a comma (inside a noun phrase, "part of the offensive in the 2022 invasion", it only names).
    [GeneratedRegex(@"(?:^|,\s*|^\W*\p{L}+(?: \p{L}+)?,\s*)(?:[Ii]n|[Dd]uring|[Aa]t|[Ff]or|[Bb]y) (?:the|a|an) (?:\p{Lu}\p{L}+ )?$")]
    private static partial Regex TimePhrase();

    [GeneratedRegex(@"^\W*(?:For example|For instance|In contrast|By contrast|However|Similarly|Likewise|Meanwhile|Moreover|Additionally|In addition|Notably|Conversely),\s*")]
    private static partial Regex DiscourseLead();

    [GeneratedRegex(@"^(?:is|are|was|were|has|have|had|did|does|said|led|\p{Ll}+ed)$")]
    private static partial Regex Verbish();

    [GeneratedRegex(@"^(?:During|In|At|On|By|After|Before|Since|Following|For|From|With|Under|Throughout|Until|Amid|Despite|Through|Over|Within|Upon)$")]
    private static partial Regex Preposition();

    [GeneratedRegex(@"\b(?:accessed|retrieved|vol\.|pp\.)\s|\bno\. \d")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b(?<noun>\p{L}+) of\s+$")]
    private static partial Regex NounOf();

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}'’-]*|\p{Ll}+)\s*\($")]
    private static partial Regex BracketedAfterName();
}
