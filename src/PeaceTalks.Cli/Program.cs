using System.CommandLine;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using PeaceTalks.Cli;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

var providerOption = new Option<string>("--provider")
{
    Description = "The store: sqlite (a database file, the default) or postgres (a PostgreSQL server).",
    DefaultValueFactory = _ => "sqlite",
};
providerOption.AcceptOnlyFromAmong("sqlite", "postgres");
var dbOption = new Option<string>("--db")
{
    Description = "SQLite: path of the database file (created if missing). PostgreSQL: a connection string, e.g. \"Host=127.0.0.1;Database=peacetalks;Username=peacetalks\".",
    Required = true,
};
var paths = new Argument<string[]>("paths") { Description = "Files or folders of documents to import.", Arity = ArgumentArity.OneOrMore };
var waitOption = new Option<int>("--wait")
{
    Description = "SQLite: seconds to wait for another writer to finish before giving up (the database is left unchanged). PostgreSQL imports wait their turn on the writer lock.",
    DefaultValueFactory = _ => 30,
};
var replaceOption = new Option<bool>("--replace")
{
    Description = "Replace a stored document of the same name that was imported from another file (without it, such a file is refused). Its events whose words are gone are removed, and the import lists them.",
};
var format = new Option<string>("--format") { Description = "Export format.", DefaultValueFactory = _ => "json" };
format.AcceptOnlyFromAmong("json");

StoreOptions Store(ParseResult parse) =>
    StoreOptions.From(parse.GetRequiredValue(providerOption), parse.GetRequiredValue(dbOption), Environment.CurrentDirectory);

var import = new Command("import", "Import documents (encyclopedia scrapes, Q&A pages) into the database, in one transaction.") { paths, providerOption, dbOption, waitOption, replaceOption };
import.SetAction(async (parse, cancellationToken) =>
{
    var store = Store(parse);
    var existed = true;
    try
    {
        existed = await PeaceTalksDatabase.ExistsAsync(store, cancellationToken);

        // A few files are parsed on one core while the database is opened and migrated on the other;
        // more than a chunk are parsed a chunk at a time during the import, so memory stays flat.
        var skipped = new List<ImportWarning>();
        var sources = DocumentPaths.Expand(parse.GetRequiredValue(paths), skipped).Select(SourceFileReader.Open).ToList();
        var parsing = sources.Count <= Importer.ParseChunk && sources.Sum(s => s.Size) <= Importer.ParseChunkBytes
            ? Importer.ParseAsync(sources, Gazetteer.Default, TopicTagger.Default)
            : null;

        // How long a SQLite import waits for another writer (PostgreSQL imports queue on the advisory lock).
        if (store.Provider == DatabaseProvider.Sqlite)
        {
            store = store with
            {
                ConnectionString = new SqliteConnectionStringBuilder(store.ConnectionString) { DefaultTimeout = Math.Max(0, parse.GetValue(waitOption)) }.ToString(),
            };
        }

        await using var db = PeaceTalksDatabase.Open(store);
        await PeaceTalksDatabase.MigrateAsync(db, cancellationToken);
        var progress = new ProgressPrinter(Console.Error, Console.IsErrorRedirected);
        var importer = new Importer(db, Gazetteer.Default, TopicTagger.Default,
            options: new ImportOptions { Claimed = parse.GetValue(replaceOption) ? ClaimedName.Replace : ClaimedName.Refuse, Progress = progress });
        ImportSummary? summary = null;

        // One import at a time on a shared PostgreSQL store; readers meanwhile see the last committed import.
        await PeaceTalksDatabase.WriteExclusivelyAsync(db, async () =>
            summary = parsing is null
                ? await importer.ImportAsync(sources, cancellationToken)
                : await importer.ImportAsync(await parsing, cancellationToken), cancellationToken);
        progress.Done();
        foreach (var warning in skipped.Concat(summary!.Warnings))
        {
            await Console.Error.WriteLineAsync($"warning: {warning}");
        }

        Console.WriteLine(summary);
        return 0;
    }
    catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
    {
        await Console.Error.WriteLineAsync($"error: {PrintableText.Escape(store.Describe())}: another program is writing to the database and did not finish within {parse.GetValue(waitOption)} s ({e.Message}).");
        await Console.Error.WriteLineAsync("Nothing was imported and the file was left as it is. Run the import again when the other writer has finished, or give it longer with --wait <seconds>.");
        return 2;
    }
    catch (DbException e)
    {
        await Console.Error.WriteLineAsync($"error: {PrintableText.Escape($"{store.Describe()}: the database cannot be used: {e.Message}")}");
        await Console.Error.WriteLineAsync(existed
            ? "Nothing was imported and the database was left as it is. Point --db at a PeaceTalks database, or at a new file."
            : await RemoveNewDatabaseAsync(store) ? "Nothing was imported; no database was created." : "Nothing was imported; the new, empty database could not be removed.");
        return 2;
    }
    catch (ImportException e)
    {
        await Console.Error.WriteLineAsync($"error: {e.Message}");
        await Console.Error.WriteLineAsync(existed
            ? "Nothing was imported; the database is unchanged."
            : await RemoveNewDatabaseAsync(store) ? "Nothing was imported; no database was created." : "Nothing was imported; the new, empty database could not be removed.");
        return 1;
    }
});

// The database was made for an import that then failed: with nothing imported, it should not exist. On PostgreSQL
// the drop fails while another session (a web instance starting) is connected to it; it is then left, empty.
static async Task<bool> RemoveNewDatabaseAsync(StoreOptions store)
{
    try
    {
        await PeaceTalksDatabase.DeleteAsync(store, CancellationToken.None);
        return true;
    }
    catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
    {
        return false;
    }
}

var export = new Command("export", "Write the model as JSON to standard output.") { providerOption, dbOption, format };
export.SetAction(async (parse, cancellationToken) =>
{
    var store = Store(parse);
    try
    {
        if (!await PeaceTalksDatabase.ExistsAsync(store, cancellationToken))
        {
            await Console.Error.WriteLineAsync($"error: {PrintableText.Escape(store.Describe())}: no such database. Import documents first.");
            return 1;
        }

        await using var db = PeaceTalksDatabase.Open(store);
        await PeaceTalksDatabase.MigrateAsync(db, cancellationToken);
        await using var stdout = Console.OpenStandardOutput();
        await JsonExport.WriteAsync(db, stdout, cancellationToken);
        await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return 0;
    }
    catch (DbException e)
    {
        await Console.Error.WriteLineAsync($"error: {PrintableText.Escape($"{store.Describe()}: the database cannot be read: {e.Message}")}");
        return 2;
    }
});

var root = new RootCommand("PeaceTalks: import source documents and export the negotiation timeline.") { import, export };
var exitCode = await root.Parse(args).InvokeAsync();
PeaceTalksDatabase.Release();
return exitCode;
