using System.Security.Cryptography;
using System.Text.Json;

namespace PeaceTalks.Cli.Tests;

/// <summary>
/// The CLI on a SQLite file: several promises here are about the file itself (byte for byte unchanged, not
/// created, not a database), so these run in the SQLite pass only; <see cref="StoreTests"/> runs on both stores.
/// </summary>
[Trait("Store", "SqliteOnly")]
public sealed class ImportExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-cli-").FullName;

    private string Db => Path.Combine(folder, "test.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Import_prints_a_summary_and_export_writes_the_documented_json()
    {
        var import = await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Matches(@"2 document\(s\) imported, 0 unchanged; \d+ sections, \d+ passages, \d+ events, \d+ proposals, \d+ positions; \d+ parties known", import.Output);

        var export = await CliRun.RunAsync("export", "--db", Db, "--format", "json");
        Assert.True(export.ExitCode == 0, export.Error);
        using var json = JsonDocument.Parse(export.Output);
        var root = json.RootElement;
        Assert.Equal(["documents", "events", "proposals", "positions"], root.EnumerateObject().Select(p => p.Name));
        var first = root.GetProperty("events")[0];
        foreach (var name in new[] { "id", "document", "dateStart", "dateEnd", "precision", "dateText", "title", "kind", "round", "parties", "people", "topics", "section", "sourceStart", "sourceEnd", "quote" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"event lacks {name}");
        }

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first.GetProperty("dateStart").GetString()!);
        var proposal = root.GetProperty("proposals")[0];
        foreach (var name in new[] { "name", "proposer", "dateStart", "points", "sourceStart", "sourceEnd", "quote" })
        {
            Assert.True(proposal.TryGetProperty(name, out _), $"proposal lacks {name}");
        }

        var position = root.GetProperty("positions")[0];
        foreach (var name in new[] { "party", "topic", "stance", "dateStart", "sourceStart", "sourceEnd", "quote" })
        {
            Assert.True(position.TryGetProperty(name, out _), $"position lacks {name}");
        }
    }

    [Fact]
    public async Task Importing_unchanged_documents_again_is_a_no_op()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var again = await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 document(s) imported, 2 unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_document_replaces_its_rows()
    {
        var copy = Path.Combine(folder, "article.txt");
        var seed = Directory.GetFiles(CliRun.SeedsFolder(), "000_*.txt").Single();
        File.Copy(seed, copy);
        Assert.Equal(0, (await CliRun.RunAsync("import", copy, "--db", Db)).ExitCode);
        var before = await EventCount();

        // The same article with one more dated paragraph: its rows are replaced, not added to.
        var text = await File.ReadAllTextAsync(copy);
        var tail = text.IndexOf("\nSee also\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(copy, text[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + text[tail..]);
        var changed = await CliRun.RunAsync("import", copy, "--db", Db);
        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.Contains("1 document(s) imported", changed.Output, StringComparison.Ordinal);
        Assert.Equal(before + 1, await EventCount());
    }

    [Fact]
    public async Task A_bad_file_stops_the_import_and_leaves_the_database_byte_for_byte_unchanged()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var before = Hash(Db);

        var good = Path.Combine(folder, "good.md");
        await File.WriteAllTextAsync(good, "---\nquestion: Why?\nanswer: On 3 May 2031 the parties met in Oslo.\n---\n");
        var bad = Path.Combine(folder, "bad.md");
        await File.WriteAllTextAsync(bad, "---\nquestion: Why?\ndate: yesterday\nanswer: Because.\n---\n");

        var result = await CliRun.RunAsync("import", good, bad, "--db", Db);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("bad.md:3", result.Error, StringComparison.Ordinal);
        Assert.Contains("database is unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(Db));
        Assert.False(File.Exists(Db + "-wal") && new FileInfo(Db + "-wal").Length > 0);
    }

    [Theory]
    [InlineData("no-such-folder")]
    [InlineData("empty")]
    public async Task A_path_with_no_documents_is_an_error_naming_it(string name)
    {
        var path = Path.Combine(folder, name);
        if (name == "empty")
        {
            Directory.CreateDirectory(path);
        }

        var result = await CliRun.RunAsync("import", path, "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_a_missing_database_fails_clearly()
    {
        var result = await CliRun.RunAsync("export", "--db", Path.Combine(folder, "missing.db"), "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.db", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_as_it_is()
    {
        await File.WriteAllTextAsync(Db, "This is a text file that someone named test.db by mistake. " + new string('x', 5000));
        var before = Hash(Db);
        var import = await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("test.db", import.Error, StringComparison.Ordinal);
        Assert.Contains("left as it is", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Error, StringComparison.Ordinal);
        var export = await CliRun.RunAsync("export", "--db", Db);
        Assert.Equal(2, export.ExitCode);
        Assert.Equal(before, Hash(Db));
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_fails_after_the_wait_and_is_left_unchanged()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var events = await EventCount();
        var before = Hash(Db);
        var changed = await ChangedArticleAsync();

        await using (var writer = await HoldWriteLockAsync())
        {
            var result = await CliRun.RunAsync("import", changed, "--db", Db, "--wait", "2");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("test.db", result.Error, StringComparison.Ordinal);
            Assert.Contains("another program is writing", result.Error, StringComparison.Ordinal);
            Assert.Contains("left as it is", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(Db));
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task An_import_waits_for_another_writer_to_finish_then_imports()
    {
        Assert.Equal(0, (await CliRun.RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var events = await EventCount();
        var changed = await ChangedArticleAsync();

        var writer = await HoldWriteLockAsync();
        var import = CliRun.RunAsync("import", changed, "--db", Db, "--wait", "60");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(import.IsCompleted, "the import should be waiting for the lock");
        await writer.DisposeAsync();

        var result = await import;
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 document(s) imported", result.Output, StringComparison.Ordinal);
        Assert.True(await EventCount() > events);
        Assert.Contains("2031-03-03", (await CliRun.RunAsync("export", "--db", Db)).Output, StringComparison.Ordinal);
    }

    /// <summary>A connection that has begun a write transaction and holds it until disposed.</summary>
    private async Task<Microsoft.Data.Sqlite.SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>The seed article with one dated sentence more, under its own name: an import that must write.</summary>
    private async Task<string> ChangedArticleAsync()
    {
        var seed = Directory.GetFiles(CliRun.SeedsFolder(), "000_*.txt").Single();
        var text = await File.ReadAllTextAsync(seed);
        var tail = text.IndexOf("\nSee also\n", StringComparison.Ordinal);
        var path = Path.Combine(folder, Path.GetFileName(seed));
        await File.WriteAllTextAsync(path, text[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + text[tail..]);
        return path;
    }

    private async Task<int> EventCount()
    {
        var export = await CliRun.RunAsync("export", "--db", Db);
        using var json = JsonDocument.Parse(export.Output);
        return json.RootElement.GetProperty("events").GetArrayLength();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
