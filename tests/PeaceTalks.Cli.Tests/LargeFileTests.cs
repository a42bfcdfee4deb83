using System.Text;
using System.Text.RegularExpressions;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Cli.Tests;

/// <summary>What one import may hold: the largest document it takes is imported in bounded memory (a larger one is refused, HostileFileTests).</summary>
public sealed class LargeFileTests : IDisposable
{
    private const long MemoryBar = 600L * 1024 * 1024;

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-large-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// The densest shapes for the importer, just under the size one import reads: an article of dated meetings, one
    /// paragraph each (tens of thousands of passages), and a Q&A answer of the same sentences on one line (one passage
    /// of tens of thousands of events, which the writer must split across its parts).
    /// </summary>
    [Theory]
    [InlineData("negotiations.txt", false)]
    [InlineData("one-line-answer.md", true)]
    public async Task The_largest_document_one_import_takes_is_imported_in_under_600_MB(string name, bool oneLine)
    {
        var file = Path.Combine(folder, name);
        var written = await WriteMeetingsAsync(file, SourceFileReader.MaxBytes - 16 * 1024, oneLine);
        var database = Path.Combine(folder, "large.db");

        var (result, peak) = await CliRun.RunMeasuredAsync("import", file, "--db", database);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(oneLine ? 1 : written, Count(result.Output, "passages"));
        Assert.True(Count(result.Output, "events") >= written, result.Output);
        Assert.True(peak < MemoryBar, FormattableString.Invariant($"peak resident memory {peak / 1048576} MB for a {new FileInfo(file).Length / 1048576.0:0.0} MiB document, over the 600 MB bar"));
    }

    private static int Count(string summary, string what) =>
        int.Parse(Regex.Match(summary, $@"(\d+) {what}\b").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes dated meetings, no two sentences alike, to just under a size: as an article of one paragraph each, or
    /// as a Q&A page whose answer is one line. Returns the number of meetings.
    /// </summary>
    private static async Task<int> WriteMeetingsAsync(string path, long bytes, bool oneLine)
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[] cities = ["Geneva", "Vienna", "Helsinki", "Oslo", "Doha", "Riyadh", "Ankara", "Warsaw", "Tallinn", "Bratislava", "Rome"];
        string[] hosts = ["Switzerland", "Austria", "Finland", "Norway", "Qatar", "Saudi Arabia", "Turkey", "Poland", "Estonia"];
        var text = new StringBuilder(oneLine ? "---\nquestion: >-\n    What did the envoys agree?\ndate: 2031-01-01\nanswer: >-\n    " : "Negotiations\n\n");
        const string end = "\n---\n";
        var count = 0;
        while (true)
        {
            var i = count;
            var meeting = $"On {1 + i % 28} {months[i / 28 % 12]} {1990 + i / 336 % 35}, delegations of the two governments met in {cities[i % cities.Length]} "
                + $"for talks hosted by {hosts[i / cities.Length % hosts.Length]}. The mediators proposed an exchange of {100 + i % 900} prisoners and a corridor for grain. "
                + $"Both sides said they would meet again within {2 + i % 9} weeks." + (oneLine ? " " : "\n\n");
            if (text.Length + meeting.Length + end.Length > bytes)
            {
                break;
            }

            text.Append(meeting);
            count++;
        }

        await File.WriteAllTextAsync(path, oneLine ? text.ToString().TrimEnd() + end : text.ToString());
        return count;
    }
}
