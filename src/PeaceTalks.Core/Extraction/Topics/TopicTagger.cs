using System.Reflection;
using System.Text.Json;

namespace PeaceTalks.Core.Extraction.Topics;

public sealed record TopicEntry(string Slug, string Name, IReadOnlyList<string> Keywords);

/// <summary>
/// Tags text with the topics whose keyword stems it contains (<c>Extraction/Data/topics.json</c>):
/// a stem matches at the start of a word, in any case ("annex" finds "Annexation").
/// </summary>
public sealed class TopicTagger
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly PrefixTrie<int> stems = new();

    public TopicTagger(IReadOnlyList<TopicEntry> topics)
    {
        Topics = topics;
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var keyword in topics[t].Keywords.Where(k => k.Length > 0))
            {
                stems.Add(keyword.ToLowerInvariant(), t);
            }
        }
    }

    public IReadOnlyList<TopicEntry> Topics { get; }

    public static TopicTagger Default { get; } = LoadEmbedded();

    public IReadOnlyList<string> Tag(string text)
    {
        var found = new bool[Topics.Count];
        for (var start = 0; start < text.Length; start++)
        {
            if (char.IsLetterOrDigit(text[start]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
            {
                foreach (var (_, topics) in stems.KeysAt(text, start, ignoreCase: true))
                {
                    foreach (var topic in topics)
                    {
                        found[topic] = true;
                    }
                }
            }
        }

        return Topics.Where((_, i) => found[i]).Select(t => t.Slug).ToList();
    }

    private static TopicTagger LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.topics.json")
            ?? throw new InvalidOperationException("The topics resource is missing from the build.");
        var file = JsonSerializer.Deserialize<TopicsFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The topics resource is empty.");
        return new TopicTagger(file.Topics.Select(t => new TopicEntry(t.Slug, t.Name, t.Keywords)).ToList());
    }

    private sealed record TopicsFile(List<TopicJson> Topics);

    private sealed record TopicJson(string Slug, string Name, List<string> Keywords);
}
