using PeaceTalks.Tests;

namespace PeaceTalks.Cli.Tests;

/// <summary>Two files of one name from two folders, imported by two commands, as a person would (on both stores).</summary>
public sealed class DocumentIdentityCliTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("cli-identity");

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-cli-identity-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_second_file_of_the_same_name_is_refused_naming_both_and_replaces_the_first_only_with_replace()
    {
        var first = Copy("a", Directory.GetFiles(CliRun.SeedsFolder(), "000_*.txt").Single());
        var second = Copy("b", Directory.GetFiles(CliRun.SeedsFolder(), "002_*.txt").Single());
        Assert.Equal(0, (await RunAsync("import", first, "--db", store.Location)).ExitCode);

        var refused = await RunAsync("import", second, "--db", store.Location);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(first, refused.Error, StringComparison.Ordinal);
        Assert.Contains(second, refused.Error, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Error, StringComparison.Ordinal);
        Assert.Contains("the database is unchanged", refused.Error, StringComparison.Ordinal);

        var replaced = await RunAsync("import", second, "--replace", "--db", store.Location);
        Assert.True(replaced.ExitCode == 0, replaced.Error);
        Assert.Contains($"replaces the document report.txt imported from {first}", replaced.Error, StringComparison.Ordinal);
        Assert.Contains("removed", replaced.Output, StringComparison.Ordinal);
    }

    private string Copy(string subfolder, string seed)
    {
        var path = Path.Combine(folder, subfolder, "report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(seed, path);
        return path;
    }

    private Task<CliResult> RunAsync(params string[] arguments) =>
        CliRun.RunAsync([.. arguments, "--provider", store.ProviderName.ToLowerInvariant()]);
}
