using System.Text;
using System.Text.RegularExpressions;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Cli.Tests;

/// <summary>What one import may hold: the largest document it takes is imported in bounded memory (a larger one is refused, HostileFileTests).</summary>
public sealed partial class LargeFileTests : IDisposable
{
    private const long MemoryBar = 600L * 1024 * 1024;

    private readonly string folder = Directory.CreateTempSubdirectory("peacetalks-large-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_largest_document_one_import_takes_is_imported_in_under_600_MB()
    {
        var file = Path.Combine(folder, "negotiations.txt");
        var paragraphs = await WriteArticleAsync(file, SourceFileReader.MaxBytes - 16 * 1024);
        var database = Path.Combine(folder, "large.db");

        var (result, peak) = await CliRun.RunMeasuredAsync("import", file, "--db", database);

        Assert.True(result.ExitCode == 0, result.Error);
        var passages = int.Parse(PassageCount().Match(result.Output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(paragraphs, passages);
        Assert.True(peak < MemoryBar, FormattableString.Invariant($"peak resident memory {peak / 1048576} MB for an {new FileInfo(file).Length / 1048576.0:0.0} MiB document, over the 600 MB bar"));
    }

    [GeneratedRegex(@"(\d+) passages")]
    private static partial Regex PassageCount();

    /// <summary>
    /// Writes an article of dated meetings, each paragraph its own (no two alike), to just under a size: every
    /// paragraph tells a happening, the densest text for the importer. Returns the number of paragraphs.
    /// </summary>
    private static async Task<int> WriteArticleAsync(string path, long bytes)
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[] cities = ["Geneva", "Vienna", "Helsinki", "Oslo", "Doha", "Riyadh", "Ankara", "Warsaw", "Tallinn", "Bratislava", "Rome"];
        string[] hosts = ["Switzerland", "Austria", "Finland", "Norway", "Qatar", "Saudi Arabia", "Turkey", "Poland", "Estonia"];
        var text = new StringBuilder("Negotiations\n\n");
        var count = 0;
        while (true)
        {
            var i = count;
            var paragraph = $"On {1 + i % 28} {months[i / 28 % 12]} {1990 + i / 336 % 35}, delegations of the two governments met in {cities[i % cities.Length]} "
                + $"for talks hosted by {hosts[i / cities.Length % hosts.Length]}. The mediators proposed an exchange of {100 + i % 900} prisoners and a corridor for grain. "
                + $"Both sides said they would meet again within {2 + i % 9} weeks.\n\n";
            if (text.Length + paragraph.Length > bytes)
            {
                break;
            }

            text.Append(paragraph);
            count++;
        }

        await File.WriteAllTextAsync(path, text.ToString());
        return count;
    }
}
