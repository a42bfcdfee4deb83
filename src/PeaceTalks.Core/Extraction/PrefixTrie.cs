namespace PeaceTalks.Core.Extraction;

/// <summary>
/// Keys by character, so that all the keys starting at one place of a text are found in a single walk:
/// the gazetteer's aliases and the topics' keyword stems are matched this way at every word start.
/// </summary>
public sealed class PrefixTrie<T>
{
    private readonly Dictionary<char, PrefixTrie<T>> children = [];
    private readonly List<T> values = [];

    /// <param name="key">Stored as given; a case-insensitive trie is given lower-case keys.</param>
    public void Add(string key, T value)
    {
        var node = this;
        foreach (var c in key)
        {
            if (!node.children.TryGetValue(c, out var next))
            {
                next = new PrefixTrie<T>();
                node.children[c] = next;
            }

            node = next;
        }

        node.values.Add(value);
    }

    /// <summary>Every key that <paramref name="text"/> holds at <paramref name="start"/>, shortest first, with its length.</summary>
    public IEnumerable<(int Length, IReadOnlyList<T> Values)> KeysAt(string text, int start, bool ignoreCase = false)
    {
        var node = this;
        for (var i = start; i < text.Length; i++)
        {
            var c = ignoreCase ? char.ToLowerInvariant(text[i]) : text[i];
            if (!node.children.TryGetValue(c, out node))
            {
                yield break;
            }

            if (node.values.Count > 0)
            {
                yield return (i + 1 - start, node.values);
            }
        }
    }
}
