using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace PeaceTalks.Web.Tests.Pages;

public class ExportTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    private const string View = "?party=Ukraine&year=2023";

    private static async Task<List<int>> ShownAsync(HttpClient client)
    {
        var ids = new List<int>();
        for (var url = "/" + View; url is not null;)
        {
            var page = await Html.GetAsync(client, url);
            ids.AddRange(Html.EventIds(page));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        return ids;
    }

    [Fact]
    public async Task The_timeline_offers_each_export_of_its_view()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/" + View);
        var links = page.QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, l => Assert.Contains("party=Ukraine", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_export_holds_exactly_the_events_the_page_shows()
    {
        var client = factory.CreateClient();
        var shown = await ShownAsync(client);
        using var reader = new StringReader(await client.GetStringAsync(new Uri("/export/events.csv" + View, UriKind.Relative)));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(shown, rows.Select(r => int.Parse((string)r["Id"], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Contains("/sources/", (string)r["SourceUrl"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_json_export_holds_exactly_the_events_the_page_shows()
    {
        var client = factory.CreateClient();
        var shown = await ShownAsync(client);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/events.json" + View, UriKind.Relative)));
        Assert.Equal(shown, json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Contains("#p-", e.GetProperty("sourceUrl").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_icalendar_export_has_one_event_per_shown_event_with_its_source()
    {
        var client = factory.CreateClient();
        var shown = await ShownAsync(client);
        var calendar = Ical.Net.Calendar.Load(await client.GetStringAsync(new Uri("/export/events.ics" + View, UriKind.Relative)))!;
        Assert.Equal(shown, calendar.Events.Select(e => int.Parse(e.Uid!["event-".Length..e.Uid!.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture)));
        Assert.All(calendar.Events, e => Assert.Contains("Source: http", e.Description, StringComparison.Ordinal));
        Assert.All(calendar.Events, e => Assert.Equal(2023, e.DtStart!.Year));
    }

    [Fact]
    public async Task The_timelinejs_export_holds_exactly_the_events_the_page_shows()
    {
        var client = factory.CreateClient();
        var shown = await ShownAsync(client);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/events.timeline.json" + View, UriKind.Relative)));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(shown, events.Select(e => int.Parse(e.GetProperty("unique_id").GetString()!["e-".Length..], CultureInfo.InvariantCulture)));
        Assert.All(events, e => Assert.Equal("2023", e.GetProperty("start_date").GetProperty("year").GetString()));
        Assert.All(events, e => Assert.Contains("/sources/", e.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal));
    }
}
