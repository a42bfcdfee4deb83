using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Tests;

/// <summary>The repository's seed documents, found from the test's working folder upwards.</summary>
public static class Seeds
{
    public static string Folder { get; } = FindFolder();

    public static string ArticlePath => Directory.GetFiles(Folder, "000_*.txt").Single();

    public static string QaPath => Directory.GetFiles(Folder, "002_*.txt").Single();

    public static SourceFile Article => SourceFileReader.Read(ArticlePath);

    public static SourceFile Qa => SourceFileReader.Read(QaPath);

    public static string FixturePath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PeaceTalks.Core.Tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Fixture {name} not found above {AppContext.BaseDirectory}");
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "000_*.txt").Length > 0)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/ folder above {AppContext.BaseDirectory}");
    }
}
