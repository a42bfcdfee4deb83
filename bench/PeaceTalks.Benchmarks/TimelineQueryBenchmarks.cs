using BenchmarkDotNet.Attributes;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Benchmarks;

/// <summary>
/// The timeline's query (shared by the page and /api/events) against the databases bench/build-databases.sh
/// made, unfiltered and filtered by a party and a year: the whole query, facets and page of rows, no HTTP.
/// </summary>
[MemoryDiagnoser]
public class TimelineQueryBenchmarks
{
    private PeaceTalksDbContext db = null!;
    private TimelineQuery query = null!;
    private TimelineFilter filter = new();

    [Params("1k", "10k")]
    public string Events { get; set; } = "";

    [Params("none", "Turkey-2022")]
    public string Filter { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchData.Database(Events);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Build the databases first (bench/build-databases.sh): {path} is missing.", path);
        }

        db = PeaceTalksDatabase.Open(PeaceTalksDatabase.SqliteConnectionString($"Data Source={path};Mode=ReadOnly", BenchData.Repository));
        query = new TimelineQuery(db);
        filter = Filter == "none" ? new TimelineFilter() : new TimelineFilter { Party = ["Turkey"], Year = "2022" };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        db.Dispose();
        PeaceTalksDatabase.Release();
    }

    [Benchmark]
    public async Task<int> RunAsync() => (await query.RunAsync(filter, CancellationToken.None)).Total;
}
