namespace PeaceTalks.Web.Tests;

/// <summary>The repository the tests run in, found from the test's own folder upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>
    /// The seed article with one dated sentence more (3 March 2031, in Geneva), under its own name: an import of
    /// it replaces the article's rows and adds an event of a year no seed mentions.
    /// </summary>
    public static PeaceTalks.Core.Documents.SourceFile ChangedArticle()
    {
        var path = Directory.GetFiles(Seeds, "000_*.txt").Single();
        var article = File.ReadAllText(path);
        var tail = article.IndexOf("\nSee also\n", StringComparison.Ordinal);
        return PeaceTalks.Core.Documents.SourceFileReader.Decode(Path.GetFileName(path), System.Text.Encoding.UTF8.GetBytes(
            article[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + article[tail..]));
    }

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
