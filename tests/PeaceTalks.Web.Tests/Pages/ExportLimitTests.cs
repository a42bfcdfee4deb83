using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// A view larger than an export may hold is refused with its count and how to narrow it, and the page offers no
/// download link for it. The seeds hold fewer events than the real limit, so these tests lower it.
/// </summary>
public class ExportLimitTests(ExportLimitTests.SmallLimitFactory factory) : IClassFixture<ExportLimitTests.SmallLimitFactory>
{
    private const int Limit = 20;

    public sealed class SmallLimitFactory : PeaceTalksFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped(provider => new TimelineQuery(provider.GetRequiredService<PeaceTalksDbContext>()) { ExportLimit = Limit }));
        }
    }

    [Fact]
    public async Task A_view_over_the_limit_is_refused_with_its_count_and_offers_no_download()
    {
        var client = factory.CreateClient();
        var total = await TotalAsync(client, "");
        Assert.True(total > Limit, $"the seeds hold {total} events");

        var page = await Html.GetAsync(client, "/");
        Assert.Empty(page.QuerySelectorAll(".exports a"));
        Assert.Contains($"at most {Limit}", page.QuerySelector(".exports")!.TextContent, StringComparison.Ordinal);

        foreach (var format in new[] { "csv", "json", "ics", "timeline.json" })
        {
            using var response = await client.GetAsync(new Uri($"/export/events.{format}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var detail = problem.RootElement.GetProperty("detail").GetString()!;
            Assert.Contains($"holds {total.ToString("N0", CultureInfo.InvariantCulture)} events", detail, StringComparison.Ordinal);
            Assert.Contains($"at most {Limit}", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_view_within_the_limit_is_offered_and_exported_whole()
    {
        var client = factory.CreateClient();
        string? view = null;
        var total = 0;
        foreach (var kind in TimelineQuery.Kinds)
        {
            total = await TotalAsync(client, $"?kind={kind}");
            if (total is > 1 and <= Limit)
            {
                view = $"?kind={kind}";
                break;
            }
        }

        Assert.True(view is not null, $"no kind of event in the seeds has between 2 and {Limit} events");
        var page = await Html.GetAsync(client, "/" + view);
        Assert.Equal(4, page.QuerySelectorAll(".exports a").Length);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/events.json" + view, UriKind.Relative)));
        Assert.Equal(total, json.RootElement.GetArrayLength());
    }

    private static async Task<int> TotalAsync(HttpClient client, string view)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events" + view, UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
