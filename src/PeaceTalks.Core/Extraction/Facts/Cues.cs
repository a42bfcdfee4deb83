using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Facts;

/// <summary>
/// The cue words the extraction rules read, from <c>Extraction/Data/cues.json</c>: each list is a class
/// of English words (reporting verbs, since/until markers, summary leads …), so a rule is stated once
/// for the language and its words are data.
/// </summary>
public sealed partial class Cues
{
    // Before Default: static fields are set in the order they are written.
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly HashSet<string> eventVerbs;
    private readonly HashSet<string> statives;
    private readonly HashSet<string> determiners;

    private Cues(CuesFile file)
    {
        Reporting = Words(file.ReportingVerbs.Words);
        Action = Words(file.ActionVerbs.Words);
        Saying = Words(file.SayingVerbs.Words);
        Auxiliary = Words(file.Auxiliaries.Words);
        eventVerbs = new HashSet<string>(file.EventVerbs.Words.Where(w => !w.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        EventPhrases = Words(file.EventVerbs.Words.Where(w => w.Contains(' ', StringComparison.Ordinal)));
        statives = new HashSet<string>(file.Statives.Words, StringComparer.OrdinalIgnoreCase);
        determiners = new HashSet<string>(file.Determiners.Words, StringComparer.OrdinalIgnoreCase);
        Summary = Lead(file.SummaryLeads.Words);
        Continuation = new Regex(@"^\W*(?:" + Alternatives(file.ContinuationLeads.Words) + @"|The (?:[\w-]+ ){0,2}(?:" + Alternatives(file.ContinuationNouns.Words) + @"))\b", RegexOptions.CultureInvariant);
        NominalHappening = new Regex(@"^\W*(?:(?:In|By|During|At)\b[^,]{0,60},\s*)?(?:(?:(?:The|A|An)\s+)?(?:\w+\s+)?(?:" + Alternatives(file.NominalHappenings.Words) + @")\s+of\b|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s\s+(?:\d{4}\s+)?(?:\w+\s+)?(?:" + Alternatives(file.NominalHappenings.Words) + @"|campaign|victory|defeat|visit|speech|decision)\b)", RegexOptions.CultureInvariant);
        Result = new Regex(@"^\W*(?:(?:" + Alternatives(file.Quantities.Words) + @")\b|\d)(?:[\w'’,-]+\s+){0,8}?(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:" + Alternatives(file.ResultVerbs.Words) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Evaluation = new Regex(@"^(?:\w+\s+){0,1}(?:" + Alternatives(file.Evaluations.Words) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        BackReference = new Regex(@"^\W*\w+(?: \w+)? (?:the|this|that|these|those) (?:[\w-]+ )?(?:" + Alternatives(file.ContinuationNouns.Words) + @")s?\s*,", RegexOptions.CultureInvariant);
        SameHappening = new Regex(@"^\W*(?:The|This|That|These|Those|Its|Their) (?:[\w-]+ ){0,2}(?:" + Alternatives(file.ContinuationNouns.Words) + @")s?\b", RegexOptions.CultureInvariant);
        Elaboration = new Regex(@"^\W*(?:\S+\s+)?(?:" + Alternatives(file.Elaborations.Words) + @")\b", RegexOptions.CultureInvariant);
        NewSetting = Lead(file.NewSettings.Words);
        SteppingOut = Lead(file.SteppingOut.Words);
        Process = new Regex(@"\b(?:" + Alternatives(file.ProcessWords.Words) + @")\b(?! (?:that|the same) day)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        TimeClause = new Regex(@"^\W*(?:" + Alternatives(file.TimeClauses.Words) + @")\b[^,;]{0,120},", RegexOptions.CultureInvariant);
        ReferenceAtEnd = new Regex(@"\b(?:" + Alternatives(file.ReferenceLeads.Words) + @")(?: at least)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        ReferenceClause = new Regex(@"\b(?:" + Alternatives(file.ReferenceClauses.Words) + @")\b[^,.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        DemonstrativeLead = new Regex(@"^\W*(?:" + Alternatives(file.DemonstrativeLeads.Words) + @")\b(?!\s+(?:" + Alternatives(file.DemonstrativeLeads.TimeNouns ?? []) + @")s?\b)", RegexOptions.CultureInvariant);
        LeadingReference = new Regex(@"^\W*(?:" + Alternatives(file.LeadingReferences.Words) + @")\b[^,;]*$", RegexOptions.CultureInvariant);
        Framing = new Regex(@"\b(?:" + Alternatives(file.Framing.Words) + @")\s*$", RegexOptions.CultureInvariant);
        ReportedClause = Words(file.ReportedClause.Words);
        Institution = new Regex(@"^\s+(?:" + Alternatives(file.Institutions.Words) + @")\b", RegexOptions.CultureInvariant);
        LeadingClause = new Regex(@"^(?:(?:" + Alternatives(file.LeadingClauses.Words) + @")\b[^,]{0,120}|(?:At|During|In|On)\b[^,]{0,50}),\s*", RegexOptions.CultureInvariant);
        Denial = Words(file.Denials.Words);
        NextDay = Either(file.RelativeDays.Next, file.RelativeDays.AnywhereNext);
        SameDay = Either(file.RelativeDays.Same, file.RelativeDays.AnywhereSame);
        DayBefore = Either(file.RelativeDays.Before, file.RelativeDays.AnywhereBefore);
        NamingNouns = new HashSet<string>(file.NamingNouns.Words, StringComparer.OrdinalIgnoreCase);
    }

    public static Cues Default { get; } = Load();

    /// <summary>A verb of saying or a speaker's public act.</summary>
    public Regex Reporting { get; }

    /// <summary>A verb of saying: what follows is what was said.</summary>
    public Regex Saying { get; }

    public Regex Auxiliary { get; }

    /// <summary>An act that is a new happening even when its actor was already speaking.</summary>
    public Regex Action { get; }

    public Regex EventPhrases { get; }

    public Regex Summary { get; }

    public Regex Continuation { get; }

    public Regex Elaboration { get; }

    /// <summary>A subject that names a happening ("The invention of radio …", "Newton's formulation of …").</summary>
    public Regex NominalHappening { get; }

    /// <summary>A count of what a happening left behind ("Nine tanks … were destroyed", "Two houses were ruined").</summary>
    public Regex Result { get; }

    /// <summary>At a sentence's first verb: a predicate that judges what was told ("laid the groundwork for").</summary>
    public Regex Evaluation { get; }

    /// <summary>A time clause about the happening just told ("After the meeting, …", "Following the attack, …"): the story goes on.</summary>
    public Regex BackReference { get; }

    /// <summary>A sentence that opens on the happening just told ("The attack killed …", "The siege lasted …").</summary>
    public Regex SameHappening { get; }

    public Regex NewSetting { get; }

    public Regex SteppingOut { get; }

    /// <summary>A process over unstated time or a later step, anywhere in the sentence ("gradually", "was later demolished").</summary>
    public Regex Process { get; }

    /// <summary>A leading clause that sets the time by a happening ("During the invasion, …"); whether it names a date is read from the dates.</summary>
    public Regex TimeClause { get; }

    /// <summary>Text before a date that ends in a reference word ("since", "until", "accessed").</summary>
    public Regex ReferenceAtEnd { get; }

    /// <summary>Text before a date that is inside a clause opened by a reference word ("after the invasion in …").</summary>
    public Regex ReferenceClause { get; }

    /// <summary>Text before a date that lies in a sentence-initial clause about another time ("After the invasion in …").</summary>
    public Regex LeadingReference { get; }

    /// <summary>A sentence that opens on a demonstrative ("This approach …", "These events …").</summary>
    public Regex DemonstrativeLead { get; }

    /// <summary>Text before a date that ends in "As of".</summary>
    public Regex Framing { get; }

    public Regex ReportedClause { get; }

    public Regex Institution { get; }

    public Regex LeadingClause { get; }

    public Regex Denial { get; }

    public Regex NextDay { get; }

    public Regex SameDay { get; }

    public Regex DayBefore { get; }

    public IReadOnlySet<string> NamingNouns { get; }

    /// <summary>
    /// Whether the sentence tells that something happened: a verb of saying, an irregular past form of an
    /// event verb, or a past form in -ed that is not an adjective of a noun ("the armed forces") or a word
    /// of state ("was seen as").
    /// </summary>
    public bool TellsAHappening(string sentence)
    {
        // "The invention of radio technology allowed for …", "Invented by Alexander Graham Bell, the telephone …":
        // a happening named as the subject, or told by a leading participle with its agent.
        if (NominalHappening.IsMatch(sentence) || LeadingParticiple().IsMatch(sentence) || AppositiveParticiple().IsMatch(sentence))
        {
            return true;
        }

        var words = Word().Matches(sentence);

        // What did not happen, or only might, is no happening: the first verb of the sentence decides
        // ("Many prisoners did not survive …", "The town would not be retaken …", "Talks could resume …"), and
        // so does a subject that is nothing ("No wreckage has been found", "… no agreement was reached").
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k].Value.ToLowerInvariant();
            if (w is "no" or "none" or "nothing" or "neither"
                && Enumerable.Range(k + 1, Math.Min(6, words.Count - k - 1)).Any(j => words[j].Value is "was" or "were" or "had" or "has" or "have"))
            {
                return false;
            }

            if (Modals.Contains(w))
            {
                return false;
            }

            if (Negatable.Contains(w) && k + 1 < words.Count && words[k + 1].Value.ToLowerInvariant() is "not" or "never" or "n't")
            {
                return false;
            }

            if (w is "never")
            {
                return false;
            }

            if (Reporting.IsMatch(words[k].Value) || Negatable.Contains(w) || eventVerbs.Contains(w) || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                // The first verb judges what was told ("This innovation transformed …", "It became a powerful tool"):
                // the sentence tells no new happening.
                if (Evaluation.IsMatch(sentence.AsSpan(words[k].Index).ToString()))
                {
                    return false;
                }

                break;
            }
        }

        if (Reporting.IsMatch(sentence) || EventPhrases.IsMatch(sentence))
        {
            return true;
        }

        string? previous = null;
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k].Value;
            var lower = w.ToLowerInvariant();

            // A relative clause (", who believed …", "the communiqué which reached no …") tells about a noun, not
            // what the sentence tells.
            if (lower is "who" or "which" or "whom" or "whose" && k > 0)
            {
                var close = sentence.IndexOfAny([',', ';'], words[k].Index);
                while (k + 1 < words.Count && (close < 0 || words[k + 1].Index < close))
                {
                    k++;
                }

                previous = null;
                continue;
            }

            var afterDeterminer = previous is not null && determiners.Contains(previous);
            // A hyphenated word in -ed is an adjective ("separatist-controlled", "Russian-occupied").
            var regular = lower.Length >= 5 && lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("eed", StringComparison.Ordinal) && !statives.Contains(lower)
                && !lower.Contains('-', StringComparison.Ordinal);
            if (regular)
            {
                // "is regarded", "are pledged": a present passive is a state; "taxes imposed by …" is a noun's participle.
                var next = k + 1 < words.Count ? words[k + 1].Value : "";
                var finite = new[] { "was", "were", "been", "had", "has", "have", "be", "being" };
                var finiteBefore = finite.Contains(previous) || (previous?.EndsWith("ly", StringComparison.Ordinal) == true && k >= 2 && finite.Contains(words[k - 2].Value.ToLowerInvariant()));
                regular = previous is not ("is" or "are" or "am") && !(next == "by" && !finiteBefore);

                // "… and shared responsibilities": after "and" or "or", an -ed word before a plural noun is its adjective.
                regular &= !(previous is "and" or "or" && next.Length > 3 && next.EndsWith('s') && char.IsLower(next[0]));
            }

            if (!afterDeterminer && char.IsLower(w[0]) && (eventVerbs.Contains(lower) || regular))
            {
                return true;
            }

            previous = lower;
        }

        return false;
    }

    /// <summary>Whether the sentence's first verb judges or sums up what was told ("laid the groundwork for", "was a pivotal moment").</summary>
    public bool Evaluates(string sentence)
    {
        if (NominalHappening.IsMatch(sentence))
        {
            return false;
        }

        // "Many saw the treaty as a betrayal", "X was described as …": a view of what happened.
        if (ViewAs().IsMatch(sentence))
        {
            return true;
        }

        foreach (Match word in Word().Matches(sentence))
        {
            var w = word.Value.ToLowerInvariant();
            if (Reporting.IsMatch(word.Value) || Negatable.Contains(w) || Modals.Contains(w) || eventVerbs.Contains(w) || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return Evaluation.IsMatch(sentence.AsSpan(word.Index).ToString());
            }
        }

        return false;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "would", "could", "might", "should", "may", "must", "will", "shall", "can" };

    private static readonly HashSet<string> Negatable = new(StringComparer.Ordinal) { "did", "does", "do", "was", "were", "is", "are", "has", "have", "had" };

    private static Regex Words(IEnumerable<string> words) =>
        new(@"\b(?:" + Alternatives(words) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>A phrase that leads the sentence, or one of the others anywhere in it.</summary>
    private static Regex Either(IEnumerable<string> leads, IEnumerable<string> anywhere) =>
        new(@"^\W*(?:" + Alternatives(leads) + @")\b|\b(?:" + Alternatives(anywhere) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex Lead(IEnumerable<string> words) =>
        new(@"^\W*(?:" + Alternatives(words) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\W*\p{Lu}\p{Ll}+ed\s+(?:by|in|on)\b[^,]{0,80},")]
    private static partial Regex LeadingParticiple();

    // "The electric telegraph, developed by William Cooke and Charles Wheatstone, was …": the subject's making, told in passing.
    [GeneratedRegex(@"^\W*(?:The|A|An)\s+[^,]{1,60},\s+(?:\p{Ll}+ed|built|made|founded|invented|written|drawn)\s+by\b")]
    private static partial Regex AppositiveParticiple();

    [GeneratedRegex(@"^[^,;]{0,60}?\b(?:saw|see|sees|viewed|views|regarded|regards|considered|considers|described|describes|deemed|perceived|labelled|labeled|characterized|characterised)\b[^,;.]{0,50}?\bas\b")]
    private static partial Regex ViewAs();

    private static Cues Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.cues.json")
            ?? throw new InvalidOperationException("The cues resource is missing from the build.");
        var file = JsonSerializer.Deserialize<CuesFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The cues resource is empty.");
        return new Cues(file);
    }

    private sealed record WordList(List<string> Words, List<string>? TimeNouns = null);

    private sealed record DayLists(List<string> Next, List<string> Same, List<string> Before, List<string> AnywhereNext, List<string> AnywhereSame, List<string> AnywhereBefore);

    private sealed record CuesFile(
        WordList ReportingVerbs,
        WordList SayingVerbs,
        WordList Auxiliaries,
        WordList ActionVerbs,
        WordList EventVerbs,
        WordList Statives,
        WordList NominalHappenings,
        WordList ResultVerbs,
        WordList Quantities,
        WordList Evaluations,
        WordList Determiners,
        WordList SummaryLeads,
        WordList ContinuationLeads,
        WordList ContinuationNouns,
        WordList Elaborations,
        WordList NewSettings,
        WordList SteppingOut,
        WordList ProcessWords,
        WordList TimeClauses,
        WordList ReferenceLeads,
        WordList ReferenceClauses,
        WordList LeadingReferences,
        WordList DemonstrativeLeads,
        WordList Framing,
        WordList ReportedClause,
        WordList Institutions,
        WordList LeadingClauses,
        WordList Denials,
        DayLists RelativeDays,
        WordList NamingNouns);
}
