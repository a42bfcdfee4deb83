using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// The landing page is in the output cache before any reader asks for it: after start, and again after each import.
/// A real Kestrel port, since the warmer calls its own instance over HTTP. The output cache marks an answer it
/// serves from the cache with an Age header; the first answer to a view nobody warmed has none (the control).
/// </summary>
public sealed class CacheWarmerTests : IDisposable
{
    private readonly PeaceTalksFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_first_page_is_cached_before_a_reader_asks_after_start_and_after_an_import()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var warmer = factory.Services.GetRequiredService<CacheWarmer>();

        var started = await WarmedAsync(warmer, after: 0);
        using (var unwarmed = await client.GetAsync(new Uri("/?kind=summit", UriKind.Relative)))
        {
            Assert.True(unwarmed.IsSuccessStatusCode);
            Assert.Null(unwarmed.Headers.Age);
        }

        // A reader reaches the instance by another name (a domain, through a proxy) than the warmer, which
        // called itself on the loopback address: the warmed page is still the one served.
        using var asked = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        asked.Headers.Host = "peacetalks.example";
        using var first = await client.SendAsync(asked);
        Assert.True(first.IsSuccessStatusCode);
        Assert.NotNull(first.Headers.Age);
        var before = await first.Content.ReadAsStringAsync();
        Assert.DoesNotContain("2031", before, StringComparison.Ordinal);

        await using (var db = factory.Store.Open())
        {
            var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default, options: Repository.ReplacingSeeds).ImportAsync([Repository.ChangedArticle()]);
            Assert.Equal(1, summary.Documents);
        }

        await WarmedAsync(warmer, after: started);
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("2031", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("http://+:80", "http://localhost/")]
    [InlineData("http://*:5000", "http://localhost:5000/")]
    [InlineData("https://localhost:5001 http://localhost:5000", "http://localhost:5000/")]
    [InlineData("https://example.org:5001", "https://example.org:5001/")]
    [InlineData("http://unix:/run/peacetalks.sock", null)]
    [InlineData("http://pipe:/peacetalks", null)]
    [InlineData("", null)]
    public void The_warmer_calls_itself_on_a_tcp_address_with_wildcards_made_loopback(string listening, string? expected)
    {
        var addresses = listening.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, CacheWarmer.SelfAddress(addresses)?.ToString());
    }

    private static async Task<int> WarmedAsync(CacheWarmer warmer, int after)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(1); waited += TimeSpan.FromMilliseconds(100))
        {
            if (warmer.WarmedVersion > after)
            {
                return warmer.WarmedVersion;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the cache was not warmed for an import version after {after} within a minute");
    }
}
