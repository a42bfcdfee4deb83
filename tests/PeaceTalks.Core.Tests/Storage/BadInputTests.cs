using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// Hostile files, made by the test: each is refused with a message that names the file (and the line
/// where there is one) and leaves the database as it was, or is read leniently where no guess is needed
/// (CRLF, byte-order marks, UTF-16). On both stores (<see cref="TestStore"/>): on SQLite "as it was" means the
/// file byte for byte; on PostgreSQL, every exported row and the import history.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-bad-").FullName;
    private readonly TestStore store = TestStore.Create("bad");

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    public static TheoryData<string, byte[], string> Refused()
    {
        var utf8 = (string s) => Encoding.UTF8.GetBytes(s);
        var data = new TheoryData<string, byte[], string>
        {
            { "empty.txt", [], "the file is empty" },
            { "blank.txt", utf8("   \n\n\t  \n"), "the file is empty" },
            { "binary.bin.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00], "not valid UTF-8" },
            { "control.txt", utf8("text\u0001with\u0002controls and enough words to look like prose for a while"), "control character" },
            { "latin1.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F, 0x0A], "not valid UTF-8" },
            { "headings.txt", utf8("HOME\n\nBackground\n\n\nTimeline\n\n\nMay 2022\n"), "unknown format" },
            { "truncated.md", utf8("---\nid: 1\nquestion: >-\n    Why did the talks stop?\nanswer: >-\n    Because"), "not closed" },
            { "date-word.md", utf8("---\nquestion: Why?\ndate: yesterday\nanswer: Because.\n---\n"), "is not a date" },
            { "answer-list.md", utf8("---\nquestion: Why?\nanswer:\n  - one\n  - two\n---\n"), "not text" },
            { "no-answer.md", utf8("---\nquestion: Why?\n---\n"), "no 'answer' field" },
            { "bad-yaml.md", utf8("---\nquestion: \"unclosed\nanswer: [\n---\n"), "YAML front matter is invalid" },
            { "yaml-scalar.md", utf8("---\njust a line\n---\n"), "not a mapping" },
            { "markdown.md", utf8("# A heading\n\nSome Markdown without any front matter at all.\n"), "Markdown without YAML front matter" },
            { "short.txt", utf8("just a few words\nand another short line"), "unknown format" },
            { "unclosed-flow.md", utf8("---\nid: [1, 2\nquestion: Why?\nanswer: Because.\n---\n"), "YAML front matter" },
            { "unclosed-mapping.md", utf8("---\nquestion: {What happened?\nanswer: Because.\n---\n"), "YAML front matter" },
            { "deep.md", utf8("---\nquestion: Why?\nanswer: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "\n---\n"), "nests deeper than" },
            { "alias-bomb.md", utf8(AliasBomb()), "front matter" },
            { "article-no-subject.md", utf8("---\npubDate: 2023-07-16\n---\n\nThe battle began on 1 August 2022 after weeks of shelling of the city and its outskirts.\n"), "neither 'subject' nor 'title'" },
            { "article-empty.md", utf8("---\nsubject: Battle of Nowhere\npubDate: 2023-07-16\n---\n"), "no text after its front matter" },
            { "article-bad-date.md", utf8("---\nsubject: Battle of Nowhere\npubDate: last summer\n---\n\nThe battle began on 1 August 2022.\n"), "is not a date" },
        };
        return data;
    }

    /// <summary>Ten levels of ten aliases, the last used as a mapping key: hashing it once takes minutes unrefused.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("---\nquestion: Why?\nanswer: Because.\na0: &a0 [x]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(',', Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        return yaml.Append("? *a9\n: y\n---\n").ToString();
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_hostile_file_is_refused_clearly_and_the_database_is_unchanged(string name, byte[] content, string problem)
    {
        await SeedAsync();
        var before = await SnapshotAsync();
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content);

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_stops_them_all()
    {
        await SeedAsync();
        var before = await SnapshotAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "a-good.md"), "---\nquestion: Why?\nanswer: On 3 May 2031 the sides met in Oslo.\n---\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b-bad.md"), "---\nquestion: Why?\ndate: 2031-02-31\nanswer: Because.\n---\n");
        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(folder));
        Assert.Contains("b-bad.md:3", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_clearly_and_the_database_is_unchanged()
    {
        await SeedAsync();
        var before = await SnapshotAsync();

        // Permissions do not stop root, as CI runs; a file whose reading fails with an I/O error stops anyone.
        var unreadable = Directory.CreateDirectory(Path.Combine(folder, "unreadable")).FullName;
        File.CreateSymbolicLink(Path.Combine(unreadable, "unreadable.txt"), "/proc/self/mem");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(unreadable));
        Assert.Contains("unreadable.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_bad_file_after_whole_chunks_were_written_rolls_them_all_back()
    {
        await SeedAsync();
        var before = await SnapshotAsync();
        var many = ManyGoodPages(Importer.ParseChunk + 50);
        await File.WriteAllTextAsync(Path.Combine(many, "z-bad.md"), "---\nquestion: Why?\ndate: 2031-02-31\nanswer: Because.\n---\n");
        var error = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(many));
        Assert.Contains("z-bad.md:3", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task More_files_than_a_chunk_are_all_imported()
    {
        var count = Importer.ParseChunk + 50;
        var summary = await ImportAsync(ManyGoodPages(count));
        Assert.Equal(count, summary.Documents);
        Assert.Equal(count, summary.Events);
    }

    /// <summary>A folder of small, distinct Q&amp;A pages, each with one dated meeting.</summary>
    private string ManyGoodPages(int count)
    {
        var many = Directory.CreateDirectory(Path.Combine(folder, $"many-{count}")).FullName;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(many, $"q{i:D4}.md"),
                $"---\nquestion: What happened at meeting {i}?\nanswer: On {1 + (i % 28)} May {2030 + (i % 5)} the delegations of Russia and Ukraine met in Oslo for meeting {i}.\n---\n");
        }

        return many;
    }

    [Fact]
    public async Task A_date_that_does_not_exist_is_a_warning_with_its_line_and_the_rest_is_imported()
    {
        await SeedAsync();
        var path = Path.Combine(folder, "impossible.md");
        await File.WriteAllTextAsync(path, "---\nquestion: When?\nanswer: >-\n    The talks were held on 31 February 2031 in Oslo, and again on 3 March 2031 in Bern.\n---\n");
        var summary = await ImportAsync(path);
        Assert.Equal(1, summary.Documents);
        Assert.Contains(summary.Warnings, w => w.File.EndsWith("impossible.md", StringComparison.Ordinal) && w.Line == 4 && w.Message.Contains("31 February 2031", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gloss_with_no_sentence_around_it_is_kept_as_its_link_text_with_a_warning()
    {
        var path = Path.Combine(folder, "gloss-alone.txt");
        await File.WriteAllTextAsync(path, "HOME\n\nOR:\n\nThe talks resumed on 4 April 2031 in Geneva, where both delegations discussed prisoners, grain and the safety of the nuclear plant at length.\n\nOlaf Scholz Olaf Scholz (; born ) is a German politician who has served as the chancellor of Germany ...\n");
        var summary = await ImportAsync(path);
        Assert.Equal(1, summary.Documents);
        Assert.Contains(summary.Warnings, w => w.File.EndsWith("gloss-alone.txt", StringComparison.Ordinal) && w.Line == 7 && w.Message.Contains("no sentence around it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("crlf")]
    [InlineData("bom")]
    [InlineData("utf16")]
    public async Task Line_endings_and_byte_order_marks_are_read_as_the_same_text(string variant)
    {
        var seed = await File.ReadAllTextAsync(Seeds.QaPath);
        var text = variant == "crlf" ? seed.Replace("\n", "\r\n", StringComparison.Ordinal) : seed;
        var bytes = variant switch
        {
            "bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            _ => Encoding.UTF8.GetBytes(text),
        };
        var path = Path.Combine(folder, $"qa-{variant}.md");
        await File.WriteAllBytesAsync(path, bytes);
        var summary = await ImportAsync(path);
        Assert.Equal(1, summary.Documents);
        Assert.Equal(7, summary.Passages);
    }

    [Fact]
    public async Task A_copy_of_a_document_under_another_name_is_skipped_with_a_warning()
    {
        await SeedAsync();
        var copy = Path.Combine(folder, "copy-of-the-qa-page.md");
        File.Copy(Seeds.QaPath, copy);
        var summary = await ImportAsync(copy);
        Assert.Equal(0, summary.Documents);
        Assert.Contains(summary.Warnings, w => w.Message.Contains("byte-for-byte copy of 002_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Glosses_nested_twenty_deep_are_cut_back_to_the_link_and_imported()
    {
        var nested = new StringBuilder("HOME\n\nOR:\n\nThe delegations met in the\n");
        for (var i = 0; i < 20; i++)
        {
            nested.Append("Geneva Geneva Geneva ( ) is a city Geneva Geneva is a city ").Append(i).Append(" ...\n");
        }

        nested.Append(" on 4 April 2031 and agreed to meet again after long talks about prisoners, grain corridors, the return of deported children and the safety of the nuclear plant.\n");
        var path = Path.Combine(folder, "nested.txt");
        await File.WriteAllTextAsync(path, nested.ToString());
        var summary = await ImportAsync(path);
        Assert.Equal(1, summary.Documents);
        Assert.Equal(1, summary.Events);
    }

    private async Task SeedAsync() => await ImportAsync(Seeds.Folder);

    private async Task<ImportSummary> ImportAsync(params string[] paths)
    {
        try
        {
            await using var db = store.Open();
            await PeaceTalksDatabase.MigrateAsync(db);
            return await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync(paths);
        }
        finally
        {
            PeaceTalksDatabase.Release();
        }
    }

    /// <summary>The database as a refused import must leave it.</summary>
    private async Task<string> SnapshotAsync()
    {
        if (store.SqlitePath is { } file)
        {
            return Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        }

        await using var db = store.Open();
        var runs = await db.ImportRuns.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        return string.Join(",", runs) + "\n" + JsonSerializer.Serialize(await JsonExport.BuildAsync(db));
    }
}
