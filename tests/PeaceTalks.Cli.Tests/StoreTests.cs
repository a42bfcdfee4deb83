using System.Text.Json;
using PeaceTalks.Tests;

namespace PeaceTalks.Cli.Tests;

/// <summary>The CLI with <c>--provider</c> and <c>--db</c> of the store the tests run on (<see cref="TestStore"/>).</summary>
public sealed class StoreTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("cli");

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-cli-store-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Import_again_is_a_no_op_a_bad_file_changes_nothing_and_export_reads_it_back()
    {
        var import = await RunAsync("import", CliRun.SeedsFolder());
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("2 document(s) imported", import.Output, StringComparison.Ordinal);
        var before = await RunAsync("export");
        Assert.True(before.ExitCode == 0, before.Error);

        var bad = Path.Combine(folder, "bad.md");
        await File.WriteAllTextAsync(bad, "---\nquestion: Why?\n---\n");
        var refused = await RunAsync("import", CliRun.SeedsFolder(), bad);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("database is unchanged", refused.Error, StringComparison.Ordinal);

        var again = await RunAsync("import", CliRun.SeedsFolder());
        Assert.Contains("0 document(s) imported, 2 unchanged", again.Output, StringComparison.Ordinal);
        var after = await RunAsync("export");
        Assert.Equal(before.Output, after.Output);
        using var json = JsonDocument.Parse(after.Output);
        Assert.True(json.RootElement.GetProperty("events").GetArrayLength() >= 90);
    }

    private Task<CliResult> RunAsync(string verb, params string[] paths) =>
        CliRun.RunAsync([verb, .. paths, "--provider", store.ProviderName.ToLowerInvariant(), "--db", store.Location]);
}
