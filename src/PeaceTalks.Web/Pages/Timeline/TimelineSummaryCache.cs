using Microsoft.Extensions.Caching.Memory;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Pages.Timeline;

/// <summary>
/// The counts and overview of recent selections, in this instance's memory (<see cref="TimelineQuery.Summary"/>).
/// The output cache keeps whole pages, one per URL; this keeps what every page of a selection shares, so page 2
/// of a million events reads one page of rows instead of counting the million again. Keyed by the import
/// version, so nothing stale is served after an import; bounded in entries and in time.
/// </summary>
public sealed class TimelineSummaryCache(ImportVersion versions) : IDisposable
{
    /// <summary>Selections kept; each holds at most a few thousand small objects (the overview's dots).</summary>
    public const int Entries = 200;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The import version the entries are keyed by, shared with the output cache.</summary>
    public ImportVersion Versions { get; } = versions;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Entries });

    public int Count => cache.Count;

    public TimelineQuery.Summary? TryGet(string key) => cache.TryGetValue(key, out TimelineQuery.Summary? summary) ? summary : null;

    public void Set(string key, TimelineQuery.Summary summary) =>
        cache.Set(key, summary, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    public void Dispose() => cache.Dispose();
}
