using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests;

/// <summary>
/// The real app over a database that already holds documents, started with a seeds folder that holds those documents
/// plus a broken one (front matter with an unclosed '[') and a FIFO. The documents are written by the test for cases the
/// seeds do not hold: an article long enough to be paged (250 dated meetings of Poland and Hungary), and a Q&amp;A
/// page whose Markdown answer links to scripts, data, other sites and external images.
/// </summary>
public sealed class HostileSeedsFactory : PeaceTalksFactory
{
    public const int Meetings = 250;

    public const string BrokenFile = "broken.md";

    public const string FifoFile = "pipe.md";

    private readonly string good = Directory.CreateTempSubdirectory("peacetalks-good-").FullName;

    private readonly string seeds = Directory.CreateTempSubdirectory("peacetalks-hostile-seeds-").FullName;

    public HostileSeedsFactory()
    {
        var article = new StringBuilder("""
            ---
            subject: Lanmark meetings
            description: The meetings of Poland and Hungary in Lanmark.
            author: Wikipedia
            pubDate: 2023-07-16
            ---

            ## Meetings

            """);
        for (var i = 0; i < Meetings; i++)
        {
            var day = new DateOnly(2022, 1, 1).AddDays(i);
            article.Append(CultureInfo.InvariantCulture, $"\nOn {day:d MMMM yyyy}, delegations from Poland and Hungary met in Lanmark for meeting number {i + 1}.\n");
        }

        File.WriteAllText(Path.Combine(good, "lanmark.md"), article.ToString());
        File.WriteAllText(Path.Combine(good, "links.md"), """
            ---
            question: What did the Lanmark talks agree?
            date: 2024-11-29
            answer: "On 3 March 2022, Poland and Hungary met in Lanmark.\n\nSee [a script](javascript:alert(1)), [a tabbed script](java&#9;script:alert(2)), [basic](vbscript:msgbox(1)), [a page in data](data:text/html,hello), [the report](https://example.org/report), [another host](//example.net/x), [the timeline](/?party=Poland) and [a mail](mailto:a@example.org), and **[a bold script](javascript:alert(5))**.\n\n![a map of Lanmark](https://example.org/map.png) ![a scripted image](javascript:alert(3)) <https://example.org/auto> <javascript:alert(4)>"
            ---
            """);
        foreach (var file in Directory.GetFiles(good))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(seeds, BrokenFile), "---\nquestion: [What happened?\nanswer: Nothing.\n---\n");
        using var mkfifo = Process.Start("mkfifo", Path.Combine(seeds, FifoFile));
        mkfifo.WaitForExit();
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // What the database held before this start: the good documents, imported as the CLI would.
        using (var db = Store.Open())
        {
            PeaceTalksDatabase.MigrateAsync(db).GetAwaiter().GetResult();
            new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([good]).GetAwaiter().GetResult();
        }

        PeaceTalksDatabase.Release();
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seeds:Path", seeds);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var folder in new[] { good, seeds }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
