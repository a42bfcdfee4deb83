namespace PeaceTalks.Benchmarks;

/// <summary>Where the benchmarks find the seeds and the databases bench/build-databases.sh made.</summary>
internal static class BenchData
{
    /// <summary>The repository: <c>PEACETALKS_REPO</c> (set by bench/inprocess.sh), or the folder above that holds the solution.</summary>
    public static string Repository { get; } = Environment.GetEnvironmentVariable("PEACETALKS_REPO") is { Length: > 0 } repo
        ? repo
        : Find(AppContext.BaseDirectory);

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Path.Combine(Repository, "seeds"), prefix + "_*.txt").Single();

    public static string Database(string size) => Path.Combine(Repository, "bench", "out", "db", $"events-{size}.db");

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PeaceTalks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PeaceTalks.sln above {start}; set PEACETALKS_REPO.");
    }
}
