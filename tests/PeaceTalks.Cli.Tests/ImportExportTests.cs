using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Cli.Tests;

/// <summary>
/// The real CLI with <c>--provider</c> and <c>--db</c> of the store the tests run on (<see cref="TestStore"/>). The
/// tests marked SqliteOnly are about the SQLite file itself (a file that is not a database; SQLite's busy wait).
/// </summary>
public sealed class ImportExportTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("cli");

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-cli-").FullName;

    private string Db => store.Location;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Import_prints_a_summary_and_export_writes_the_documented_json()
    {
        var import = await RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Matches(@"2 document\(s\) imported, 0 unchanged; \d+ sections, \d+ passages, \d+ events, \d+ proposals, \d+ positions; \d+ parties known", import.Output);

        var export = await RunAsync("export", "--db", Db, "--format", "json");
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
        foreach (var name in new[] { "name", "proposers", "dateStart", "points", "sourceStart", "sourceEnd", "quote" })
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
    public async Task A_redirected_import_tells_its_progress_in_plain_lines()
    {
        var import = await RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.True(import.ExitCode == 0, import.Error);
        var lines = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Redirected output gets whole lines, never a terminal's carriage returns or escapes.
        Assert.DoesNotContain('\r', import.Error);
        Assert.DoesNotContain('\u001b', import.Error);
        Assert.Matches(@"^read 1 of 2 documents, [\d,]+ events found$", lines[0]);
        Assert.Matches(@"^read 2 of 2 documents, [\d,]+ events found$", lines[1]);
        Assert.Matches(@"^writing 2 documents and [\d,]+ events to the database…$", lines[2]);
        Assert.StartsWith("comparing the events with other documents' accounts", lines[3], StringComparison.Ordinal);
        // The summary stays the one line of standard output.
        Assert.Single(import.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Importing_unchanged_documents_again_is_a_no_op()
    {
        Assert.Equal(0, (await RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var again = await RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 document(s) imported, 2 unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_document_replaces_its_rows()
    {
        var copy = Path.Combine(folder, "article.txt");
        var seed = Directory.GetFiles(CliRun.SeedsFolder(), "000_*.txt").Single();
        File.Copy(seed, copy);
        Assert.Equal(0, (await RunAsync("import", copy, "--db", Db)).ExitCode);
        var before = await EventCount();

        // The same article with one more dated paragraph: its rows are replaced, not added to.
        var text = await File.ReadAllTextAsync(copy);
        var tail = text.IndexOf("\nSee also\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(copy, text[..tail] + "\nOn 3 March 2031, the delegations met again in Geneva and agreed on a new round of talks.\n\n" + text[tail..]);
        var changed = await RunAsync("import", copy, "--db", Db);
        Assert.True(changed.ExitCode == 0, changed.Error);
        Assert.Contains("1 document(s) imported", changed.Output, StringComparison.Ordinal);
        Assert.Equal(before + 1, await EventCount());
    }

    [Fact]
    public async Task A_bad_file_stops_the_import_and_leaves_the_database_unchanged()
    {
        Assert.Equal(0, (await RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var before = await SnapshotAsync();

        var good = Path.Combine(folder, "good.md");
        await File.WriteAllTextAsync(good, "---\nquestion: Why?\nanswer: On 3 May 2031 the parties met in Oslo.\n---\n");
        var bad = Path.Combine(folder, "bad.md");
        await File.WriteAllTextAsync(bad, "---\nquestion: Why?\ndate: yesterday\nanswer: Because.\n---\n");

        var result = await RunAsync("import", good, bad, "--db", Db);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("bad.md:3", result.Error, StringComparison.Ordinal);
        Assert.Contains("database is unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(File.Exists(Db + "-wal") && new FileInfo(Db + "-wal").Length > 0);
    }

    [Fact]
    public async Task A_bad_file_in_the_first_import_leaves_no_database()
    {
        var bad = Path.Combine(folder, "bad.md");
        await File.WriteAllTextAsync(bad, "---\nquestion: Why?\n---\n");
        var result = await RunAsync("import", CliRun.SeedsFolder(), bad, "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no database was created", result.Error, StringComparison.Ordinal);
        Assert.False(store.Exists());
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

        var result = await RunAsync("import", path, "--db", Db);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_a_missing_database_fails_clearly_and_creates_nothing()
    {
        var result = await RunAsync("export", "--db", Db, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(store.PostgresDatabase ?? Path.GetFileName(Db), result.Error, StringComparison.Ordinal);
        Assert.Contains("no such database", result.Error, StringComparison.Ordinal);
        Assert.False(store.Exists());
    }

    [Fact]
    [Trait("Store", "SqliteOnly")]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_as_it_is()
    {
        await File.WriteAllTextAsync(Db, "This is a text file that someone gave a database's name by mistake. " + new string('x', 5000));
        var before = Hash(Db);
        var import = await RunAsync("import", CliRun.SeedsFolder(), "--db", Db);
        Assert.Equal(2, import.ExitCode);
        Assert.Contains(Path.GetFileName(Db), import.Error, StringComparison.Ordinal);
        Assert.Contains("left as it is", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Error, StringComparison.Ordinal);
        var export = await RunAsync("export", "--db", Db);
        Assert.Equal(2, export.ExitCode);
        Assert.Equal(before, Hash(Db));
    }

    /// <summary>SQLite only: PostgreSQL imports wait their turn on the writer lock, without a limit (next test).</summary>
    [Fact]
    [Trait("Store", "SqliteOnly")]
    public async Task A_database_locked_by_another_writer_fails_after_the_wait_and_is_left_unchanged()
    {
        Assert.Equal(0, (await RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var events = await EventCount();
        var before = Hash(Db);
        var changed = await ChangedArticleAsync();

        await using (var writer = await HoldWriteLockAsync())
        {
            var result = await RunAsync("import", changed, "--replace", "--db", Db, "--wait", "2");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(Path.GetFileName(Db), result.Error, StringComparison.Ordinal);
            Assert.Contains("another program is writing", result.Error, StringComparison.Ordinal);
            Assert.Contains("left as it is", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }

        PeaceTalksDatabase.Release();
        Assert.Equal(before, Hash(Db));
        Assert.Equal(events, await EventCount());
    }

    [Fact]
    public async Task An_import_waits_for_another_writer_to_finish_then_imports()
    {
        Assert.Equal(0, (await RunAsync("import", CliRun.SeedsFolder(), "--db", Db)).ExitCode);
        var events = await EventCount();
        var changed = await ChangedArticleAsync();

        var writer = await HoldWriteLockAsync();
        var import = RunAsync("import", changed, "--replace", "--db", Db, "--wait", "60");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(import.IsCompleted, "the import should be waiting for the lock");
        await writer.DisposeAsync();

        var result = await import;
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 document(s) imported", result.Output, StringComparison.Ordinal);
        Assert.True(await EventCount() > events);
        Assert.Contains("2031-03-03", (await RunAsync("export", "--db", Db)).Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Another writer, holding on until disposed: a SQLite connection that has begun a write transaction, or a
    /// PostgreSQL session holding the writers' advisory lock (as another instance's import would).
    /// </summary>
    private async Task<System.Data.Common.DbConnection> HoldWriteLockAsync()
    {
        System.Data.Common.DbConnection connection = store.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Db) { Pooling = false }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = store.Provider == DatabaseProvider.Postgres
            ? $"SELECT pg_advisory_lock({PeaceTalksDatabase.WriterLockKey})"
            : "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>The database as a refused import must leave it: on SQLite the file byte for byte, on PostgreSQL every exported row.</summary>
    private async Task<string> SnapshotAsync()
    {
        if (store.SqlitePath is { } file)
        {
            PeaceTalksDatabase.Release();
            return Hash(file);
        }

        var export = await RunAsync("export", "--db", Db);
        Assert.True(export.ExitCode == 0, export.Error);
        return export.Output;
    }

    private Task<CliResult> RunAsync(params string[] arguments) =>
        CliRun.RunAsync([.. arguments, "--provider", store.ProviderName.ToLowerInvariant()]);

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
        var export = await RunAsync("export", "--db", Db);
        using var json = JsonDocument.Parse(export.Output);
        return json.RootElement.GetProperty("events").GetArrayLength();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
