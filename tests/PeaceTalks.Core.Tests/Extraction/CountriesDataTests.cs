using System.Diagnostics;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The committed <c>Extraction/Data/countries.json</c> is what <c>tools/gazetteer/build.mjs</c> makes of the
/// pinned world-countries package: nobody edited it by hand, and the script still runs.
/// </summary>
public class CountriesDataTests
{
    [Fact]
    public void Countries_json_is_what_the_script_makes_of_the_pinned_package()
    {
        var root = RepositoryRoot();
        var tool = Path.Combine(root, "tools", "gazetteer");
        if (!File.Exists(Path.Combine(tool, "node_modules", "world-countries", "countries.json")))
        {
            // As test.sh does for tests/tools: install the pinned package once (npm ci is idempotent).
            Run("npm", ["ci", "--prefix", tool, "--no-audit", "--no-fund"], root);
        }

        var output = Path.Combine(Path.GetTempPath(), $"countries-{Guid.NewGuid():N}.json");
        try
        {
            Run("node", [Path.Combine(tool, "build.mjs"), output], root);
            var committed = File.ReadAllText(Path.Combine(root, "src", "PeaceTalks.Core", "Extraction", "Data", "countries.json"));
            Assert.Equal(committed, File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static void Run(string program, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {stderr}{stdout.Result}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "gazetteer", "build.mjs")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No tools/gazetteer/build.mjs above {AppContext.BaseDirectory}");
    }
}
