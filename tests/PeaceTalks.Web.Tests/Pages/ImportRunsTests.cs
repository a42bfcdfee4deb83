using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// Import runs as a reader follows them (<c>/imports</c>, <c>/imports/{id}</c>), links to events a re-import removed, and
/// document names that differ only in case, over the app's own seeds and a real re-import of a changed seed copy.
/// </summary>
public sealed class ImportRunsTests : IDisposable
{
    private readonly PeaceTalksFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_re_import_of_a_changed_seed_is_listed_with_the_events_it_added_removed_and_changed_each_linked()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var seeded = await Html.GetAsync(client, "/imports");
        var seedRun = Assert.Single(seeded.QuerySelectorAll("table.imports tbody tr"));
        Assert.Contains("000_", seedRun.TextContent, StringComparison.Ordinal);

        int edited, unchanged;
        string unchangedTitle;
        await using (var db = factory.Store.Open())
        {
            edited = await db.Events.Where(e => e.Quote.Contains(Repository.EditedWords)).Select(e => e.Id).SingleAsync();
            var invasion = await db.Events.Where(e => e.Quote.StartsWith("On 24 February 2022, Russia began its invasion"))
                .Select(e => new { e.Id, e.Title }).SingleAsync();
            (unchanged, unchangedTitle) = (invasion.Id, invasion.Title);
            var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: Repository.ReplacingSeeds).ImportAsync([Repository.EditedArticle()]);
            Assert.Equal(1, summary.EventsRemoved);
        }

        await Task.Delay(ImportVersion.Freshness);
        var list = await Html.GetAsync(client, "/imports");
        var latest = list.QuerySelectorAll("table.imports tbody tr")[0];
        Assert.Equal(2, list.QuerySelectorAll("table.imports tbody tr").Length);
        var runLink = latest.QuerySelector("a")!.GetAttribute("href")!;

        var run = await Html.GetAsync(client, runLink);
        Assert.Contains("replaced the document of this name imported from seeds/000_", Html.Normalize(run.QuerySelector("table.run-documents")!.TextContent), StringComparison.Ordinal);
        var removed = Assert.Single(run.QuerySelectorAll("ul.changes.removed > li"));
        Assert.Equal($"/events/{edited}", removed.QuerySelector("a")!.GetAttribute("href"));
        var added = run.QuerySelectorAll("ul.changes.added > li a[href^='/events/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, added.Count);
        var addedTitles = new List<string>();
        foreach (var link in added)
        {
            addedTitles.Add(Html.Normalize((await Html.GetAsync(client, link)).QuerySelector("h1")!.TextContent));
        }

        Assert.Contains(addedTitles, t => t.Contains("Geneva", StringComparison.Ordinal) || t.Contains("2031", StringComparison.Ordinal));
        Assert.DoesNotContain($"/events/{edited}", added);

        // The removed event's old link says it is gone, and points to the nearest event that survived in its document.
        using var gone = await client.GetAsync(new Uri($"/events/{edited}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var goneHtml = new HtmlParser().ParseDocument(await gone.Content.ReadAsStringAsync());
        Assert.Contains("no longer in its source", goneHtml.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Repository.EditedWords, goneHtml.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        var nearest = goneHtml.QuerySelector("a.nearest")!.GetAttribute("href")!;
        Assert.StartsWith("/events/", nearest, StringComparison.Ordinal);
        Assert.NotNull(await Html.GetAsync(client, nearest));

        // The API says the same of the old id, as problem details a client can follow.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/events/{edited}", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        using var apiGone = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Gone, apiGone.StatusCode);
        Assert.Equal("application/problem+json", apiGone.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await apiGone.Content.ReadAsStringAsync());
        Assert.Equal(410, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Event removed", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(nearest, problem.RootElement.GetProperty("nearestUrl").GetString());
        var nearestApi = problem.RootElement.GetProperty("nearest").GetString()!;
        using var followed = await client.GetAsync(new Uri(nearestApi, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        using var neverApi = await client.GetAsync(new Uri("/api/events/99999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, neverApi.StatusCode);

        // An event whose words did not change is where it was.
        var kept = await Html.GetAsync(client, $"/events/{unchanged}");
        Assert.Equal(unchangedTitle, kept.QuerySelector("h1")!.TextContent);
        using var never = await client.GetAsync(new Uri("/events/99999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }

    [Fact]
    public async Task Documents_whose_names_differ_only_in_case_are_not_served_for_one_another()
    {
        var client = factory.CreateClient();
        var article = Repository.ChangedArticle().Raw;
        var tail = article.IndexOf("\nSee also\n", StringComparison.Ordinal);
        SourceFile Named(string name, string sentence) =>
            SourceFileReader.Decode(name, System.Text.Encoding.UTF8.GetBytes(article[..tail] + $"\n{sentence}\n\n" + article[tail..]));
        await using (var db = factory.Store.Open())
        {
            await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([
                Named("Report.txt", "On 5 May 2032, the upper-case report was published in Vienna."),
                Named("report.txt", "On 6 June 2033, the lower-case report was published in Oslo."),
            ]);
        }

        await Task.Delay(ImportVersion.Freshness);
        var upper = Html.Normalize((await Html.GetAsync(client, "/sources/Report.txt")).Body!.TextContent);
        var lower = Html.Normalize((await Html.GetAsync(client, "/sources/report.txt")).Body!.TextContent);
        Assert.Contains("upper-case report", upper, StringComparison.Ordinal);
        Assert.DoesNotContain("lower-case report", upper, StringComparison.Ordinal);
        Assert.Contains("lower-case report", lower, StringComparison.Ordinal);
        Assert.DoesNotContain("upper-case report", lower, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_does_not_import_a_seed_over_its_document_updated_since_by_the_cli()
    {
        _ = factory.CreateClient();
        var edited = Repository.EditedArticle();
        await using (var db = factory.Store.Open())
        {
            await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: Repository.ReplacingSeeds).ImportAsync([edited]);
        }

        // What the app does on its next start: migrate, then import seeds/.
        await SeedImport.RunAsync(factory.Services, factory.Services.GetRequiredService<IConfiguration>(),
            factory.Services.GetRequiredService<IHostEnvironment>(), NullLogger.Instance);
        await using var after = factory.Store.Open();
        Assert.Equal(edited.Sha256, await after.Documents.Where(d => d.FileName == edited.FileName).Select(d => d.Sha256).SingleAsync());
        Assert.Equal(1, await after.Events.CountAsync(e => e.Quote.Contains("Elon Musk floated a disputed proposal")));
    }
}
