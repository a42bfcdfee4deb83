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

    /// <summary>Words of one event of the seed article, changed in <see cref="EditedArticle"/>.</summary>
    public const string EditedWords = "Elon Musk floated a controversial proposal";

    /// <summary><see cref="ChangedArticle"/> with the words of one event changed too ("a disputed proposal").</summary>
    public static PeaceTalks.Core.Documents.SourceFile EditedArticle()
    {
        var changed = ChangedArticle();
        return PeaceTalks.Core.Documents.SourceFileReader.Decode(changed.FileName, System.Text.Encoding.UTF8.GetBytes(
            changed.Raw.Replace(EditedWords, "Elon Musk floated a disputed proposal", StringComparison.Ordinal)));
    }

    /// <summary>
    /// An import in a test of a copy of a seed, as the CLI's <c>--replace</c>: the app imported the seeds as <c>seeds/{name}</c>,
    /// and another file of a seed's name is otherwise refused.
    /// </summary>
    public static PeaceTalks.Core.Storage.ImportOptions ReplacingSeeds { get; } = new() { Claimed = PeaceTalks.Core.Storage.ClaimedName.Replace };

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
