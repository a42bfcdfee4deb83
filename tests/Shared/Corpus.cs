namespace PeaceTalks.Tests;

/// <summary>
/// The real corpus the checks over whole folders need: <c>../shared/corpus</c> beside the repository
/// (or <c>PEACETALKS_CORPUS</c>). It is never copied into the repository, so a clone on its own has none:
/// there those checks are reported as not run, by name and reason; in CI (<c>CI=true</c>) they run and a
/// missing corpus fails them.
/// </summary>
public static class Corpus
{
    public const string QuickTakes = "quicktakes-history-of-the-world";

    public const string Wikipedia = "wikipedia-markdown-ukraine";

    /// <summary>The corpus folder, or null when this checkout has none.</summary>
    public static string? Root { get; } = Find();

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A folder of the corpus; throws (so the test fails) when it is missing.</summary>
    public static string Folder(string name)
    {
        var folder = Root is null ? null : Path.Combine(Root, name);
        return folder is not null && Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The real corpus folder {name} is not in ../shared/corpus beside the repository (nor in PEACETALKS_CORPUS).");
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PEACETALKS_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeaceTalks.sln")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}

/// <summary>
/// A check over the real corpus. Without the corpus, outside CI, it is skipped with a reason that says
/// what it needs, so the test command passes on a lone clone and names what it did not run; in CI it
/// always runs (and <c>.ci/run</c> fails any skipped test).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Root is null && !Corpus.Required)
        {
            Skip = "needs the real corpus in ../shared/corpus beside the repository: not run on this checkout";
        }
    }
}
