using System.CommandLine;
using Microsoft.Data.Sqlite;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

var dbOption = new Option<string>("--db") { Description = "Path of the SQLite database file (created if missing).", Required = true };
var paths = new Argument<string[]>("paths") { Description = "Files or folders of documents to import.", Arity = ArgumentArity.OneOrMore };
var waitOption = new Option<int>("--wait")
{
    Description = "Seconds to wait for another writer to finish before giving up (the database is left unchanged).",
    DefaultValueFactory = _ => 30,
};
var format = new Option<string>("--format") { Description = "Export format.", DefaultValueFactory = _ => "json" };
format.AcceptOnlyFromAmong("json");

var import = new Command("import", "Import documents (encyclopedia scrapes, Q&A pages) into the database, in one transaction.") { paths, dbOption, waitOption };
import.SetAction(async (parse, cancellationToken) =>
{
    var dbPath = parse.GetRequiredValue(dbOption);
    var existed = File.Exists(dbPath);
    try
    {
        // A few files are parsed on one core while the database is opened and migrated on the other;
        // more than a chunk are parsed a chunk at a time during the import, so memory stays flat.
        var sources = DocumentPaths.Expand(parse.GetRequiredValue(paths)).Select(SourceFileReader.Read).ToList();
        var parsing = sources.Count <= Importer.ParseChunk ? Importer.ParseAsync(sources, Gazetteer.Default, TopicTagger.Default) : null;
        var connection = new SqliteConnectionStringBuilder(PeaceTalksDatabase.SqliteConnectionString(dbPath, Environment.CurrentDirectory))
        {
            DefaultTimeout = Math.Max(0, parse.GetValue(waitOption)),
        };
        await using var db = PeaceTalksDatabase.Open(connection.ToString());
        await PeaceTalksDatabase.MigrateAsync(db, cancellationToken);
        var importer = new Importer(db, Gazetteer.Default, TopicTagger.Default);
        var summary = parsing is null
            ? await importer.ImportAsync(sources, cancellationToken)
            : await importer.ImportAsync(await parsing, cancellationToken);
        foreach (var warning in summary.Warnings)
        {
            await Console.Error.WriteLineAsync($"warning: {warning}");
        }

        Console.WriteLine(summary);
        return 0;
    }
    catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
    {
        await Console.Error.WriteLineAsync($"error: {dbPath}: another program is writing to the database and did not finish within {parse.GetValue(waitOption)} s ({e.Message}).");
        await Console.Error.WriteLineAsync("Nothing was imported and the file was left as it is. Run the import again when the other writer has finished, or give it longer with --wait <seconds>.");
        return 2;
    }
    catch (SqliteException e) when (existed)
    {
        await Console.Error.WriteLineAsync($"error: {dbPath}: the database cannot be used: {e.Message}");
        await Console.Error.WriteLineAsync("Nothing was imported and the file was left as it is. Point --db at a PeaceTalks database, or at a new file.");
        return 2;
    }
    catch (ImportException e)
    {
        if (!existed)
        {
            // The database was made for this import: with nothing imported, it should not exist.
            PeaceTalksDatabase.Release();
            PeaceTalksDatabase.Delete(dbPath);
        }

        await Console.Error.WriteLineAsync($"error: {e.Message}");
        await Console.Error.WriteLineAsync(existed ? "Nothing was imported; the database is unchanged." : "Nothing was imported; no database was created.");
        return 1;
    }
});

var export = new Command("export", "Write the model as JSON to standard output.") { dbOption, format };
export.SetAction(async (parse, cancellationToken) =>
{
    var path = parse.GetRequiredValue(dbOption);
    if (!File.Exists(path))
    {
        await Console.Error.WriteLineAsync($"error: {path}: no such database. Import documents first.");
        return 1;
    }

    try
    {
        await using var db = PeaceTalksDatabase.Open(PeaceTalksDatabase.SqliteConnectionString(path, Environment.CurrentDirectory));
        await PeaceTalksDatabase.MigrateAsync(db, cancellationToken);
        await using var stdout = Console.OpenStandardOutput();
        await JsonExport.WriteAsync(db, stdout, cancellationToken);
        await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return 0;
    }
    catch (SqliteException e)
    {
        await Console.Error.WriteLineAsync($"error: {path}: the database cannot be read: {e.Message}");
        return 2;
    }
});

var root = new RootCommand("PeaceTalks: import source documents and export the negotiation timeline.") { import, export };
var exitCode = await root.Parse(args).InvokeAsync();
PeaceTalksDatabase.Release();
return exitCode;
