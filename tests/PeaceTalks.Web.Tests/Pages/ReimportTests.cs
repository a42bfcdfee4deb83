using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>A re-import while pages are served: readers see the old data or the new, never an error (WAL).</summary>
public class ReimportTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task Pages_keep_answering_while_a_changed_document_is_imported()
    {
        var client = factory.CreateClient();
        Assert.True((await client.GetAsync(new Uri("/", UriKind.Relative))).IsSuccessStatusCode);

        var changed = Repository.ChangedArticle();

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var answered = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync(new Uri("/?q=Geneva", UriKind.Relative));
                Interlocked.Increment(ref answered);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
            var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: Repository.ReplacingSeeds).ImportAsync([changed]);
            Assert.Equal(1, summary.Documents);
        }

        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(answered > 5, $"only {answered} requests were made");
        Assert.Equal(0, failures);

        // Each instance looks up the import version at most once a second (Startup/ImportVersion), so the
        // new data shows within that second, and from then on.
        await Task.Delay(ImportVersion.Freshness);
        var after = await Html.GetAsync(client, "/?q=Geneva");
        Assert.Contains(after.QuerySelectorAll("li.event time"), t => t.GetAttribute("datetime") == "2031-03-03");
    }
}
