using Microsoft.AspNetCore.Http.Extensions;

namespace PeaceTalks.Web.Pages.Timeline;

/// <summary>
/// The timeline's filters, exactly as they stand in the query string (party, year, kind, round, topic,
/// q, page). Values stay strings here so that a bad one ("year=abc") becomes a message, not an error.
/// Several parties narrow the view to events in which all of them take part.
/// </summary>
public sealed class TimelineFilter
{
    public string[] Party { get; set; } = [];

    public string? Year { get; set; }

    public string? Kind { get; set; }

    public string? Round { get; set; }

    public string? Topic { get; set; }

    /// <summary>A month, "2022-03", as chosen on the overview.</summary>
    public string? Month { get; set; }

    public string? Q { get; set; }

    public string? Page { get; set; }

    public bool IsEmpty => Party.Length == 0 && Year is null && Kind is null && Round is null && Topic is null && Month is null && string.IsNullOrWhiteSpace(Q);

    /// <summary>The query string of this view with one value set, added or (with <paramref name="remove"/>) taken away; the page starts again.</summary>
    public string Link(string key, string? value, bool remove = false)
    {
        var query = new QueryBuilder();
        var parties = key == "party"
            ? remove ? Party.Where(p => p != value) : Party.Append(value!).Distinct()
            : Party;
        foreach (var party in parties)
        {
            query.Add("party", party);
        }

        foreach (var (name, current) in new[] { ("year", Year), ("month", Month), ("kind", Kind), ("round", Round), ("topic", Topic), ("q", Q) })
        {
            var next = name == key ? (remove ? null : value) : current;
            if (!string.IsNullOrWhiteSpace(next))
            {
                query.Add(name, next);
            }
        }

        if (key == "page" && value is not null)
        {
            query.Add("page", value);
        }

        return query.ToString() is { Length: > 0 } text ? text : "?";
    }
}
