using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>
/// The words of English that <see cref="Headline"/> and <see cref="HeadlineCheck"/> read, from
/// <c>Extraction/Data/headline.json</c>: each list is one class of words, named by what it does in a sentence.
/// </summary>
public sealed class HeadlineWords
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private HeadlineWords(WordsFile file)
    {
        FunctionWords = Set(file.FunctionWords.Words);
        ComplementVerbs = Set(file.ComplementVerbs.Words);
        Expletives = Set(file.Expletives.Words);
        Demonstratives = Set(file.Demonstratives.Words);
        TimeWords = Set(file.Demonstratives.TimeWords ?? []);
        ClauseOpeners = Set(file.ClauseOpeners.Words);
        PhraseBreaks = Set(file.PhraseBreaks.Words);
        RoleNouns = Set(file.RoleNouns.Words);
        NounClasses = [.. file.NounClasses.Classes.Select(c => (IReadOnlyList<string>)c)];
        StanceNouns = file.StanceNouns.Nouns.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)n.Value, StringComparer.OrdinalIgnoreCase);
        OpeningReference = Lead(file.OpeningReferences.Words);
        Subordinator = Lead(file.Subordinators.Words);
        LeadingPhrase = Lead([.. file.Subordinators.Words, .. file.LeadingAdjuncts.Words, .. file.Connectives.Words]);
        var roles = "(?i:" + Alternatives(file.RoleNouns.Words) + ")";
        RoleCommas = new Regex(@"\b(?<role>" + roles + @")\s*,\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*,\s+(?=\p{Ll})", RegexOptions.CultureInvariant);
        Appositive = new Regex(
            @"^(?<subject>(?:[\p{L}\d'’.-]+\s+){0,5}[\p{L}\d'’.-]+),\s+(?:(?i:the|a|an|his|her|its|their|who|which|whose|whom|where|formerly|previously|himself|herself|itself|as|including|particularly|especially|notably|in particular|such as|often|once|now|then)\b|(?:\p{Lu}[\p{L}-]*\s+){0,2}" + roles + @"\b)[^,;""()]{0,140}?,\s+(?=(?!and\b|or\b|but\b|while\b)(?<next>\p{Ll}+))",
            RegexOptions.CultureInvariant);
        DateLead = new Regex(@"(?:^|\s)(?:" + Alternatives(file.DatePrepositions.Words) + @")(?:\s+the)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static HeadlineWords Default { get; } = Load();

    /// <summary>Words a phrase cannot end on.</summary>
    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>Verbs that need what follows them.</summary>
    public IReadOnlySet<string> ComplementVerbs { get; }

    /// <summary>What may follow an "It is/was" that points at nothing.</summary>
    public IReadOnlySet<string> Expletives { get; }

    public IReadOnlySet<string> Demonstratives { get; }

    /// <summary>Nouns after a demonstrative that name a time or a manner, not something told before.</summary>
    public IReadOnlySet<string> TimeWords { get; }

    /// <summary>Words that, after a comma, open a clause a headline can stop before.</summary>
    public IReadOnlySet<string> ClauseOpeners { get; }

    /// <summary>Words a long clause can stop before.</summary>
    public IReadOnlySet<string> PhraseBreaks { get; }

    public IReadOnlySet<string> RoleNouns { get; }

    /// <summary>Nouns of one kind ("agreement", "deal", "compromise"): what a demonstrative's noun may refer back to.</summary>
    public IReadOnlyList<IReadOnlyList<string>> NounClasses { get; }

    /// <summary>A stance noun and the words that take that stance before an infinitive ("refusal": "not ready to", "refused to").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> StanceNouns { get; }

    /// <summary>The noun, then the other nouns of its class.</summary>
    public IEnumerable<string> Kin(string noun) =>
        new[] { noun }.Concat(NounClasses.Where(c => c.Contains(noun, StringComparer.OrdinalIgnoreCase)).SelectMany(c => c).Where(n => !n.Equals(noun, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A headline's first words pointing back ("He", "This", "The latter").</summary>
    public Regex OpeningReference { get; }

    /// <summary>A subordinating word at the start ("After", "Although", "Following").</summary>
    public Regex Subordinator { get; }

    /// <summary>A subordinator, preposition or connective at the start: what may open a leading adjunct.</summary>
    public Regex LeadingPhrase { get; }

    /// <summary>"Prime Minister, Kaja Kallas, said": a title and the name it introduces, set off by commas.</summary>
    public Regex RoleCommas { get; }

    /// <summary>", the deputy secretary of …, said": an appositive or relative clause between subject and verb.</summary>
    public Regex Appositive { get; }

    /// <summary>The words before a date that go with it ("On", "by the end of", "in early").</summary>
    public Regex DateLead { get; }

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static Regex Lead(IEnumerable<string> words) =>
        new(@"^\W*(?:" + Alternatives(words) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static HeadlineWords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.headline.json")
            ?? throw new InvalidOperationException("The headline words resource is missing from the build.");
        var file = JsonSerializer.Deserialize<WordsFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The headline words resource is empty.");
        return new HeadlineWords(file);
    }

    private sealed record WordList(List<string> Words, List<string>? TimeWords = null);

    private sealed record WordsFile(
        WordList FunctionWords,
        WordList ComplementVerbs,
        WordList OpeningReferences,
        WordList Expletives,
        WordList Demonstratives,
        WordList Subordinators,
        WordList LeadingAdjuncts,
        WordList Connectives,
        WordList DatePrepositions,
        WordList ClauseOpeners,
        WordList PhraseBreaks,
        WordList RoleNouns,
        ClassList NounClasses,
        StanceList StanceNouns);

    private sealed record StanceList(Dictionary<string, List<string>> Nouns);

    private sealed record ClassList(List<List<string>> Classes);
}
