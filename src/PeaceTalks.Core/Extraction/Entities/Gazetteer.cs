using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Entities;

public sealed record PartyEntry(string Name, string Slug, string Kind, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

public sealed record PersonEntry(string Name, string? Party, string Role, IReadOnlyList<string> Aliases);

/// <summary>A name found in text: a party named directly or through one of its people.</summary>
public sealed record Mention(int Start, int Length, string Party, string? Person, bool ByDemonym);

/// <summary>
/// Parties and people with their aliases, from <c>Extraction/Data/gazetteer.json</c>: the names are
/// data, so a new actor is a line in that file, not a change of code.
/// </summary>
public sealed partial class Gazetteer
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly PrefixTrie<string> trie = new();
    private readonly Dictionary<string, (string? Party, string? Person, bool Demonym)> byAlias;

    public Gazetteer(IReadOnlyList<PartyEntry> parties, IReadOnlyList<PersonEntry> people)
    {
        Parties = parties;
        People = people;
        byAlias = new Dictionary<string, (string?, string?, bool)>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var alias in party.Aliases.Append(party.Name))
            {
                byAlias.TryAdd(alias, (party.Name, null, false));
            }
        }

        foreach (var person in people)
        {
            foreach (var alias in person.Aliases.Append(person.Name))
            {
                byAlias.TryAdd(alias, (person.Party, person.Name, false));
            }
        }

        foreach (var party in parties)
        {
            foreach (var demonym in party.Demonyms)
            {
                byAlias.TryAdd(demonym, (party.Name, null, true));
            }
        }

        foreach (var alias in byAlias.Keys.Where(a => a.Length > 0))
        {
            trie.Add(alias, alias);
        }
    }

    public IReadOnlyList<PartyEntry> Parties { get; }

    public IReadOnlyList<PersonEntry> People { get; }

    public static Gazetteer Default { get; } = LoadEmbedded();

    public PartyEntry? Party(string name) => Parties.FirstOrDefault(p => p.Name == name);

    public PersonEntry? Person(string name) => People.FirstOrDefault(p => p.Name == name);

    /// <summary>Resolves a name or alias ("Kremlin", "Zelensky") to its canonical party, if any.</summary>
    public string? ResolveParty(string alias)
    {
        var trimmed = alias.Trim();
        if (byAlias.TryGetValue(trimmed, out var hit) && hit.Party is not null)
        {
            return hit.Party;
        }

        return byAlias
            .Where(kv => string.Equals(kv.Key, trimmed, StringComparison.OrdinalIgnoreCase) && kv.Value.Party is not null)
            .Select(kv => kv.Value.Party)
            .FirstOrDefault()
            ?? Parties.FirstOrDefault(p => string.Equals(p.Slug, trimmed, StringComparison.OrdinalIgnoreCase))?.Name;
    }

    public IReadOnlyList<Mention> Find(string text)
    {
        var mentions = new List<Mention>();
        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsLetterOrDigit(text[start]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            // The longest alias here that ends at a word boundary: "Vladimir Putin" before "Vladimir".
            var length = trie.KeysAt(text, start)
                .Where(k => start + k.Length == text.Length || !char.IsLetterOrDigit(text[start + k.Length]))
                .Select(k => k.Length)
                .LastOrDefault();
            if (length == 0)
            {
                continue;
            }

            var (party, person, demonym) = byAlias[text.Substring(start, length)];
            if ((party is not null || person is not null) && !NamesADocument(text, start + length))
            {
                mentions.Add(new Mention(start, length, party ?? "", person, demonym));
            }

            start += length - 1;
        }

        return mentions;
    }

    // "the Budapest Memorandum", "the Minsk agreements", "Minsk-3", "Copenhagen format": a place that
    // names a document or a process is not that state taking part.
    private static bool NamesADocument(string text, int end) => DocumentNoun().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(?:-\d|\s+(?:Memorandum|[Aa]greements?|Protocols?|[Ff]ormat|[Pp]rocess|Accords?|Declaration|Communiqué|Communique)\b)")]
    private static partial Regex DocumentNoun();

    private static Gazetteer LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.gazetteer.json")
            ?? throw new InvalidOperationException("The gazetteer resource is missing from the build.");
        var file = JsonSerializer.Deserialize<GazetteerFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The gazetteer resource is empty.");
        var parties = file.Parties.Select(p => new PartyEntry(p.Name, p.Slug ?? Slugs.Of(p.Name), p.Kind ?? "state", p.Aliases ?? [], p.Demonyms ?? [])).ToList();
        var people = file.People.Select(p => new PersonEntry(p.Name, p.Party, p.Role ?? "", p.Aliases ?? [])).ToList();
        return new Gazetteer(parties, people);
    }

    private sealed record GazetteerFile(List<PartyJson> Parties, List<PersonJson> People);

    private sealed record PartyJson(string Name, string? Slug, string? Kind, List<string>? Aliases, List<string>? Demonyms);

    private sealed record PersonJson(string Name, string? Party, string? Role, List<string>? Aliases);
}
