using Microsoft.AspNetCore.Hosting;

namespace PeaceTalks.Web.Tests;

/// <summary>
/// The real app over documents written by a test instead of the seeds, for cases the seeds do not hold: each file is
/// written to a folder of its own, which the app imports on start as it would seeds/.
/// </summary>
public abstract class WrittenCorpusFactory : PeaceTalksFactory
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-written-").FullName;

    protected WrittenCorpusFactory(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seeds:Path", folder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The factory is disposed twice (asynchronously by the fixture, then again): the folder goes with the first.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
