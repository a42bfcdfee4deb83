using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Entities;

/// <summary>What a state's name in a text stands for.</summary>
public enum NameReading
{
    TheState,
    SomethingElse,

    /// <summary>The last word of a person's name ("George Washington"): the same word alone later in the text is that person too.</summary>
    PartOfAPersonsName,
}

/// <summary>What the gazetteer knows a single word as.</summary>
public enum KnownWord
{
    None,
    Name,
    Demonym,
}

/// <summary>
/// When a state's name, capital or demonym in a text is not that state (<c>Extraction/Data/name-rules.json</c>):
/// part of a longer proper name ("George Washington", "Washington Post"), the name of a document, event or
/// feature ("Treaty of Paris", "French Revolution", "Indian Ocean"), a land of the past ("ancient Egypt"),
/// a demonym of another people ("Indian" in American history) or a place elsewhere of the same name
/// ("Georgia" among the US states). The cue words are data; this class only applies them.
/// </summary>
public sealed class NameRules
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly HashSet<string> functionWords;
    private readonly HashSet<string> qualifiersBefore;
    private readonly HashSet<string> keepAfter;
    private readonly HashSet<string> compoundBefore;
    private readonly HashSet<string> placeWords;
    private readonly string[] adjectiveEndings;
    private readonly HashSet<string> historical;
    private readonly HashSet<string> demonymsNeedingInstitution;
    private readonly HashSet<string> institutions;
    private readonly Dictionary<string, Regex> collisions;
    private readonly Regex documentAfter;
    private readonly Regex eventAfter;
    private readonly Regex eventBefore;

    private NameRules(RulesFile file)
    {
        functionWords = new HashSet<string>(file.LongerName.FunctionWords, StringComparer.Ordinal);
        qualifiersBefore = new HashSet<string>(file.LongerName.QualifiersBefore.Words, StringComparer.Ordinal);
        keepAfter = new HashSet<string>(file.LongerName.KeepAfter.Words, StringComparer.Ordinal);
        compoundBefore = new HashSet<string>(file.LongerName.CompoundBefore.Words, StringComparer.Ordinal);
        placeWords = new HashSet<string>(file.LongerName.PlaceWords.Words, StringComparer.Ordinal);
        adjectiveEndings = [.. file.LongerName.AdjectiveEndings.Endings];
        historical = new HashSet<string>(file.Historical.Words, StringComparer.OrdinalIgnoreCase);
        demonymsNeedingInstitution = new HashSet<string>(file.DemonymNeedsInstitution.Demonyms, StringComparer.Ordinal);
        institutions = new HashSet<string>(file.DemonymNeedsInstitution.Institutions, StringComparer.OrdinalIgnoreCase);
        collisions = file.Collisions.Names.ToDictionary(
            c => c.Name,
            c => new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', c.Cues.Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant),
            StringComparer.Ordinal);
        NoPluralEndings = [.. file.Plural.NoPluralEndings];

        var after = string.Join('|', file.Document.After.Words.Select(Regex.Escape));
        documentAfter = new Regex(@"^(?:-\d|\s+(?:" + after + @")\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // "French and Indian War", "Spanish–American War", "Russian Civil War", but not "Russian Black Sea Fleet":
        // the noun ends the capitalised phrase.
        var ends = string.Join('|', file.Document.EndsWith.Words.Select(Regex.Escape));
        eventAfter = new Regex(@"^(?:(?:\s+and\s+|\s*[-–—]\s*)\p{Lu}[\p{L}'’]*)?(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?\s+(?:" + ends + @")\b(?!['’]?\s+\p{Lu})", RegexOptions.CultureInvariant);
        var before = string.Join('|', file.Document.Before.Words.Select(Regex.Escape));
        eventBefore = new Regex(@"\b(?:" + before + @")\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant);
    }

    /// <summary>Endings after which a demonym takes no plural -s ("French", "Chinese", "Swiss").</summary>
    public IReadOnlyList<string> NoPluralEndings { get; }

    public static NameRules Default { get; } = Load();

    /// <summary>
    /// Whether the state's name at <paramref name="start"/> stands for the state. <paramref name="known"/>
    /// tells whether a single word is another name or a demonym the gazetteer knows.
    /// </summary>
    public NameReading Read(string text, int start, int length, bool demonym, Func<string, KnownWord> known)
    {
        var name = text.Substring(start, length);
        var end = start + length;
        if (collisions.TryGetValue(name, out var cues) && cues.IsMatch(text))
        {
            return NameReading.SomethingElse;
        }

        var (previous, previousStart) = WordBefore(text, start);
        if (previous is not null && historical.Contains(previous))
        {
            return NameReading.SomethingElse;
        }

        if (eventBefore.IsMatch(text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40))) || eventAfter.IsMatch(text.AsSpan(end)))
        {
            return NameReading.SomethingElse;
        }

        if (demonym && demonymsNeedingInstitution.Contains(name) && !institutions.Contains(WordAfter(text, end) ?? ""))
        {
            return NameReading.SomethingElse;
        }

        if (previous is not null && JoinsBefore(text, previous, previousStart, demonym, known))
        {
            return demonym || placeWords.Contains(previous) ? NameReading.SomethingElse : NameReading.PartOfAPersonsName;
        }

        return demonym || !JoinsAfter(WordAfter(text, end), known) ? NameReading.TheState : NameReading.SomethingElse;
    }

    /// <summary>"the Budapest Memorandum", "the Minsk agreements", "Minsk-3", "Copenhagen format": a place that names a document or a process.</summary>
    public bool NamesADocument(string text, int end) => documentAfter.IsMatch(text.AsSpan(end));

    private bool JoinsBefore(string text, string word, int wordStart, bool demonym, Func<string, KnownWord> known)
    {
        if (!char.IsUpper(word[0]) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }

        if (demonym)
        {
            // "African American", "German Americans": a people or region word, or another people's demonym.
            return compoundBefore.Contains(word) || known(word) == KnownWord.Demonym;
        }

        if (functionWords.Contains(word) || qualifiersBefore.Contains(word) || known(word) != KnownWord.None)
        {
            return false;
        }

        // At the start of a sentence every word is capitalised: "Neutral Switzerland" is Switzerland, "George Washington" is not.
        return !AtSentenceStart(text, wordStart) || !LooksLikeAdjective(word);
    }

    private bool JoinsAfter(string? word, Func<string, KnownWord> known) =>
        word is not null && char.IsUpper(word[0]) && !functionWords.Contains(word) && !keepAfter.Contains(word) && !keepAfter.Contains(word.Split('-')[0])
        && known(word) == KnownWord.None;

    private bool LooksLikeAdjective(string word) =>
        word.Contains('-', StringComparison.Ordinal) || adjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static bool AtSentenceStart(string text, int wordStart)
    {
        for (var i = wordStart - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '•')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c is not ('"' or '“' or '‘' or '\'' or '*' or '#' or '(' or '[' or '-' or '–' or '—' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    // The word joined to the name by one space: "George" in "George Washington".
    private static (string? Word, int Start) WordBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return (null, -1);
        }

        var end = start - 1;
        var i = end;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’' or '-' or '.'))
        {
            i--;
        }

        var word = text[i..end].TrimStart('-', '.', '\'', '’');
        return word.Length == 0 ? (null, -1) : (word, end - word.Length);
    }

    private static string? WordAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return null;
        }

        var i = end + 1;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i == end + 1 ? null : text[(end + 1)..i];
    }

    private static NameRules Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.name-rules.json")
            ?? throw new InvalidOperationException("The name rules resource is missing from the build.");
        return new NameRules(JsonSerializer.Deserialize<RulesFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The name rules resource is empty."));
    }

    private sealed record WordList(List<string> Words);

    private sealed record LongerNameJson(List<string> FunctionWords, WordList QualifiersBefore, WordList KeepAfter, EndingList AdjectiveEndings, WordList CompoundBefore, WordList PlaceWords);

    private sealed record EndingList(List<string> Endings);

    private sealed record DocumentJson(WordList After, WordList EndsWith, WordList Before);

    private sealed record InstitutionJson(List<string> Demonyms, List<string> Institutions);

    private sealed record CollisionJson(string Name, List<string> Cues);

    private sealed record CollisionsJson(List<CollisionJson> Names);

    private sealed record PluralJson(List<string> NoPluralEndings);

    private sealed record RulesFile(
        LongerNameJson LongerName,
        WordList Historical,
        DocumentJson Document,
        InstitutionJson DemonymNeedsInstitution,
        CollisionsJson Collisions,
        PluralJson Plural);
}
