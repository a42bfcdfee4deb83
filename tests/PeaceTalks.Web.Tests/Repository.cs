namespace PeaceTalks.Web.Tests;

/// <summary>The repository the tests run in, found from the test's own folder upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeaceTalks.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"PeaceTalks.sln not found above {AppContext.BaseDirectory}");
    }
}
