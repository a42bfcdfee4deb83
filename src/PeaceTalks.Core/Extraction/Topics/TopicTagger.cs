using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Topics;

public sealed record TopicEntry(string Slug, string Name, IReadOnlyList<string> Keywords);

/// <summary>Tags text with topics whose keyword stems it contains (<c>Extraction/Data/topics.json</c>).</summary>
public sealed class TopicTagger
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly List<(TopicEntry Topic, Regex Pattern)> patterns;

    public TopicTagger(IReadOnlyList<TopicEntry> topics)
    {
        Topics = topics;
        patterns = topics
            .Select(t => (t, new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', t.Keywords.Select(Regex.Escape)) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))
            .ToList();
    }

    public IReadOnlyList<TopicEntry> Topics { get; }

    public static TopicTagger Default { get; } = LoadEmbedded();

    public IReadOnlyList<string> Tag(string text) =>
        patterns.Where(p => p.Pattern.IsMatch(text)).Select(p => p.Topic.Slug).ToList();

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
