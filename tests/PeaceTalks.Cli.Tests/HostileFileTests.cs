using System.Diagnostics;
using System.Text;
using PeaceTalks.Tests;

namespace PeaceTalks.Cli.Tests;

/// <summary>
/// Files an attacker or an accident puts in an import, one test per class of input, through the real CLI: each is a
/// one-line <c>file:line: what was wrong</c>, exit code 1 and, when the import was the first, no database left behind.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TestStore store = TestStore.Create("cli-hostile");

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-cli-hostile-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    public static TheoryData<string, string, string> BrokenFrontMatter() => new()
    {
        { "unclosed-bracket", "---\nquestion: [What happened?\nanswer: Nothing.\n---\n", ":2: the YAML front matter" },
        { "unclosed-brace", "---\nquestion: {What happened?\nanswer: Nothing.\n---\n", ":2: the YAML front matter" },
        { "deep-nesting", "---\nquestion: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "\n---\n", ":2: the YAML front matter nests deeper than 16 levels" },
        { "alias-bomb-key", AliasBomb(), "the YAML front matter uses more than 16 aliases" },
        { "alias-key", "---\nname: &n title\n? *n\n: value\nquestion: q\nanswer: a\n---\n", ":3: the YAML front matter has a key that is not a plain name" },
    };

    [Theory]
    [MemberData(nameof(BrokenFrontMatter))]
    public async Task Broken_front_matter_is_one_line_naming_file_and_line_exit_1_and_no_database(string name, string text, string expected)
    {
        var file = Path.Combine(folder, name + ".md");
        await File.WriteAllTextAsync(file, text);
        var watch = Stopwatch.StartNew();
        var result = await RunAsync("import", file, "--db", store.Location);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        AssertRefused(result, name + ".md", expected);
    }

    [Theory]
    [InlineData("utf16le", true)]
    [InlineData("utf16be", false)]
    public async Task Utf16_with_a_lone_surrogate_is_refused_like_invalid_utf8(string name, bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: false);
        var good = encoding.GetBytes("---\nquestion: What happened?\nanswer: On 3 March 2022 Poland met Hungary.\n---\n");
        byte[] lone = littleEndian ? [0x00, 0xD8] : [0xD8, 0x00]; // a high surrogate followed by no low one
        byte[] mark = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF];
        var file = Path.Combine(folder, name + ".md");
        await File.WriteAllBytesAsync(file, [.. mark, .. good, .. lone, .. encoding.GetBytes("x\n")]);
        var result = await RunAsync("import", file, "--db", store.Location);
        AssertRefused(result, name + ".md:5", "is not valid UTF-16");
    }

    [Fact]
    public async Task A_fifo_in_a_folder_is_skipped_with_a_warning_naming_it()
    {
        File.Copy(Directory.GetFiles(CliRun.SeedsFolder(), "002_*.txt").Single(), Path.Combine(folder, "002.txt"));
        MakeFifo(Path.Combine(folder, "pipe.md"));
        var result = await RunAsync("import", folder, "--db", store.Location);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("1 document(s) imported", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.Error.Split('\n'), line => line.StartsWith("warning: ", StringComparison.Ordinal)
            && line.Contains("pipe.md: skipped: not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fifo_named_on_its_own_is_refused_without_waiting()
    {
        var fifo = Path.Combine(folder, "pipe.md");
        MakeFifo(fifo);
        var result = await RunAsync("import", fifo, "--db", store.Location);
        AssertRefused(result, "pipe.md", "is not a regular file");
    }

    [Theory]
    [InlineData("new\nline.md", "new\\nline.md")]
    [InlineData("esc\u001b[31mred.md", "esc\\x1B[31mred.md")]
    [InlineData("bidi\u202Edm.txt", "bidi\\u202Edm.txt")]
    public async Task A_file_name_is_printed_escaped_on_one_line(string name, string printed)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, name), "---\nquestion: [What happened?\n---\n");
        var result = await RunAsync("import", folder, "--db", store.Location);
        AssertRefused(result, printed, "the YAML front matter");
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u202E', result.Error);
    }

    /// <summary>Ten levels of ten aliases, the last used as a mapping key: hashing it took minutes, each level ten times more.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        return yaml.Append("? *a9\n: v\nquestion: q\nanswer: a\n---\n").ToString();
    }

    /// <summary>One error line naming the file (and line) and what was wrong, then what became of the database; exit 1; no store.</summary>
    [Fact]
    public async Task A_file_larger_than_a_document_may_be_is_refused_unread()
    {
        var file = Path.Combine(folder, "whole-archive.txt");
        await using (var stream = File.Create(file))
        {
            // Sparse: a size on disk of nothing, so the test writes no 8 MiB; reading it would take its full length.
            stream.SetLength(PeaceTalks.Core.Documents.SourceFileReader.MaxBytes + 1);
        }

        var result = await RunAsync("import", file, "--db", store.Location);
        AssertRefused(result, "whole-archive.txt", "the file is 4.0 MiB, more than the 4 MiB one document may be.");
    }

    private void AssertRefused(CliResult result, string where, string what)
    {
        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(where, lines[0], StringComparison.Ordinal);
        Assert.Contains(what, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("Nothing was imported; no database was created.", lines[1]);
        Assert.False(store.Exists(), "a database created for the failed import was left behind");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private Task<CliResult> RunAsync(params string[] arguments) =>
        CliRun.RunAsync([.. arguments, "--provider", store.ProviderName.ToLowerInvariant()]);
}
