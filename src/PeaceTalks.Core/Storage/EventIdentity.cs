using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// An event's identity across re-imports of its document: the exact source words it was taken from (its quote) and
/// which telling of those words in the document it is. A re-import keeps the id of every event whose key it finds
/// again, so a link to it still shows it; words that changed make a new event.
/// </summary>
public static class EventIdentity
{
    /// <summary>The key of each event; the occurrence counts in document order, and events of one place in the order given.</summary>
    public static Dictionary<T, string> Keys<T>(IEnumerable<T> events, Func<T, string> quote, Func<T, int> sourceStart)
        where T : class
    {
        var keys = new Dictionary<T, string>(ReferenceEqualityComparer.Instance);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events.OrderBy(sourceStart))
        {
            var words = quote(e);
            var occurrence = occurrences[words] = occurrences.GetValueOrDefault(words) + 1;
            keys[e] = $"{occurrence}\n{words}";
        }

        return keys;
    }

    /// <summary>What a reader would see differ in an event whose words stayed: "" when nothing.</summary>
    public static string Differences(StoredEvent before, Event after)
    {
        var what = new List<string>();
        if (before.DateStart != after.DateStart || before.DateEnd != after.DateEnd || before.Precision != after.Precision || before.AsOf != after.AsOf)
        {
            what.Add($"date: {Date(before.DateStart, before.Precision, before.DateText)} → {Date(after.DateStart, after.Precision, after.DateText)}");
        }

        if (before.Title != after.Title)
        {
            what.Add($"title: {before.Title} → {after.Title}");
        }

        if (before.Summary != after.Summary)
        {
            what.Add("summary");
        }

        if (before.Kind != after.Kind)
        {
            what.Add($"kind: {before.Kind} → {after.Kind}");
        }

        return string.Join("; ", what);
    }

    private static string Date(DateOnly? start, string precision, string text) =>
        start is { } day ? $"{day:yyyy-MM-dd} ({precision}{(text.Length > 0 ? $", “{text}”" : "")})" : "undated";
}

/// <summary>What a re-import needs of a stored event to keep its id or say what became of it.</summary>
public sealed record StoredEvent(
    int Id, string Quote, int SourceStart, int PassageOrder, string Title, string Summary, string Kind,
    DateOnly? DateStart, DateOnly? DateEnd, string Precision, string DateText, bool AsOf);
