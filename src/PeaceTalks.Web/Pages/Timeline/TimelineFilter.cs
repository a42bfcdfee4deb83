using Microsoft.AspNetCore.Http.Extensions;

namespace PeaceTalks.Web.Pages.Timeline;

/// <summary>
/// The timeline's filters, exactly as they stand in the query string (party, year, kind, round, topic,
/// q, page, undated). Values stay strings here so that a bad one ("year=abc") becomes a message, not an error.
/// Several parties narrow the view to events in which all of them take part.
/// </summary>
public sealed class TimelineFilter
{
    /// <summary>"1": the undated statements instead of the dated timeline (<c>/?undated=1</c>).</summary>
    public string? Undated { get; set; }

    /// <summary>The view lists what the text does not date; a year or month does not apply to it.</summary>
    public bool IsUndated => Undated is "1" or "true";

    public string[] Party { get; set; } = [];

    public string? Year { get; set; }

    public string? Kind { get; set; }

    public string? Round { get; set; }

    public string? Topic { get; set; }

    /// <summary>A month, "2022-03", as chosen on the overview.</summary>
    public string? Month { get; set; }

    public string? Q { get; set; }

    public string? Page { get; set; }

    /// <summary>How many filters are set (each party counts), as the folded filters say on a phone.</summary>
    public int ActiveCount => Party.Count(p => !string.IsNullOrWhiteSpace(p))
        + new[] { Year, Kind, Round, Topic, Month, Q }.Count(v => !string.IsNullOrWhiteSpace(v));

    public bool IsEmpty => Party.Length == 0 && Year is null && Kind is null && Round is null && Topic is null && Month is null && string.IsNullOrWhiteSpace(Q);

    /// <summary>The query string of this view with one value set, added or (with <paramref name="remove"/>) taken away; the page starts again.</summary>
    public string Link(string key, string? value, bool remove = false)
    {
        var query = new QueryBuilder();
        var parties = key == "party"
            ? remove ? Party.Where(p => p != value) : Party.Append(value!).Distinct()
            : Party;
        // "/?party=" binds a null party: an empty value is no filter, and no link carries it on.
        foreach (var party in parties.Where(p => !string.IsNullOrWhiteSpace(p)))
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

        var undated = key == "undated" ? (remove ? null : value) : (IsUndated ? "1" : null);
        if (undated is not null)
        {
            query.Add("undated", undated);
        }

        return query.ToString() is { Length: > 0 } text ? text : "?";
    }

    /// <summary>The undated statements these filters select: the same filters but a year or month, which do not apply to them.</summary>
    public string UndatedLink() => Without("year", "month").Link("undated", "1");

    /// <summary>The dated timeline of these filters.</summary>
    public string DatedLink() => Link("undated", null, remove: true);

    private TimelineFilter Without(params string[] keys) => new()
    {
        Party = Party,
        Year = keys.Contains("year") ? null : Year,
        Month = keys.Contains("month") ? null : Month,
        Kind = Kind,
        Round = Round,
        Topic = Topic,
        Q = Q,
        Undated = Undated,
    };
}
