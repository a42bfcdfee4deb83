using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// A claim the text does not date is kept, never placed in a year or month: the timeline counts and links the undated
/// statements its filters select, <c>/?undated=1</c> lists them, and the API and exports carry them after the dated events.
/// </summary>
public class UndatedTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    /// <summary>The ids of the undated events, in import order, of those in which <paramref name="party"/> (if any) takes part.</summary>
    private async Task<List<int>> UndatedAsync(string? party = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var undated = db.Events.Where(e => e.DateStart == null);
        if (party is not null)
        {
            undated = undated.Where(e => e.Parties.Any(p => p.Party!.Name == party && p.Role != "mentioned"));
        }

        var ids = await undated.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        Assert.NotEmpty(ids);
        return ids;
    }

    private async Task<int> DatedCountAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>().Events.CountAsync(e => e.DateStart != null);
    }

    [Fact]
    public async Task The_timeline_places_no_undated_statement_but_says_how_many_match_and_links_to_them()
    {
        var undated = await UndatedAsync();
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        Assert.DoesNotContain(Html.EventIds(page), undated.Contains);
        var count = page.QuerySelector(".undated-count")!;
        Assert.StartsWith($"{undated.Count} undated statements", Html.Normalize(count.TextContent), StringComparison.Ordinal);
        Assert.Equal("/?undated=1", count.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_undated_count_follows_the_filters_but_a_year_which_does_not_apply_to_undated_statements()
    {
        var russia = await UndatedAsync("Russia");
        Assert.True(russia.Count < (await UndatedAsync()).Count, "the filter must narrow the undated statements for this test to say anything");
        var page = await Html.GetAsync(factory.CreateClient(), "/?party=Russia&year=2022");
        var count = page.QuerySelector(".undated-count")!;
        Assert.StartsWith($"{russia.Count} undated statement", Html.Normalize(count.TextContent), StringComparison.Ordinal);
        Assert.Equal("/?party=Russia&undated=1", count.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_undated_list_holds_every_undated_statement_under_one_heading_each_marked_undated()
    {
        var undated = await UndatedAsync();
        var page = await Html.GetAsync(factory.CreateClient(), "/?undated=1");
        Assert.Equal(undated, Html.EventIds(page));
        Assert.All(page.QuerySelectorAll("li.event header .date"), d => Assert.Equal("undated", d.TextContent));
        Assert.Empty(page.QuerySelectorAll("li.event time"));
        var headings = page.QuerySelectorAll(".results h2, .results h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Undated statements"], headings);
        Assert.Null(page.QuerySelector(".overview"));
        Assert.Null(page.QuerySelector("#facet-year"));
    }

    [Fact]
    public async Task The_undated_list_follows_a_party_filter_and_its_facets_count_the_undated_selection()
    {
        var russia = await UndatedAsync("Russia");
        var page = await Html.GetAsync(factory.CreateClient(), "/?party=Russia&undated=1");
        Assert.Equal(russia, Html.EventIds(page));
        var facet = page.QuerySelectorAll("#facet-party + ul li").Single(li => li.QuerySelector("a")!.TextContent == "Russia");
        Assert.Equal(russia.Count.ToString(CultureInfo.InvariantCulture), facet.QuerySelector(".count")!.TextContent);
        var kinds = page.QuerySelectorAll("#facet-kind + ul li .count").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture));
        Assert.Equal(russia.Count, kinds);

        // Its links keep to the undated statements, and one leads back to the dated timeline of the same filter.
        Assert.All(page.QuerySelectorAll("#facet-kind + ul a"), a => Assert.EndsWith("undated=1", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("/?party=Russia", page.QuerySelector(".dated-link a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_api_lists_the_undated_events_after_the_dated_ones_with_no_start_date()
    {
        var undated = await UndatedAsync();
        var dated = await DatedCountAsync();
        var client = factory.CreateClient();
        using var first = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events", UriKind.Relative)));
        Assert.Equal(dated + undated.Count, first.RootElement.GetProperty("total").GetInt32());
        var pages = first.RootElement.GetProperty("pageCount").GetInt32();

        var events = new List<JsonElement>();
        for (var page = 1; page <= pages; page++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/events?page={page}", UriKind.Relative)));
            events.AddRange(json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone()));
        }

        var tail = events.Skip(dated).ToList();
        Assert.Equal(undated, tail.Select(e => e.GetProperty("id").GetInt32()));
        Assert.All(tail, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("dateStart").ValueKind));
        Assert.All(tail, e => Assert.Equal("undated", e.GetProperty("precision").GetString()));
        Assert.All(tail, e => Assert.Equal("none", e.GetProperty("dateFrom").GetString()));
        Assert.All(events.Take(dated), e => Assert.Equal(JsonValueKind.String, e.GetProperty("dateStart").ValueKind));

        using var only = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events?undated=1", UriKind.Relative)));
        Assert.Equal(undated, only.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task A_year_selects_no_undated_statement_in_the_api()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/events?year=2022", UriKind.Relative)));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("2022-", e.GetProperty("dateStart").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_and_json_exports_hold_the_undated_statements_after_the_dated_events()
    {
        var undated = await UndatedAsync("Russia");
        var client = factory.CreateClient();
        using var reader = new StringReader(await client.GetStringAsync(new Uri("/export/events.csv?party=Russia", UriKind.Relative)));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r).ToList();
        var tail = rows.TakeLast(undated.Count).ToList();
        Assert.Equal(undated, tail.Select(r => int.Parse((string)r["Id"], CultureInfo.InvariantCulture)));
        Assert.All(tail, r => Assert.Equal(("", "undated"), ((string)r["DateStart"], (string)r["Precision"])));
        Assert.All(rows.SkipLast(undated.Count), r => Assert.NotEqual("", (string)r["DateStart"]));

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export/events.json?party=Russia", UriKind.Relative)));
        var last = json.RootElement.EnumerateArray().TakeLast(undated.Count).ToList();
        Assert.Equal(undated, last.Select(e => e.GetProperty("id").GetInt32()));
        Assert.All(last, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("dateStart").ValueKind));
        Assert.All(last, e => Assert.Equal("undated", e.GetProperty("precision").GetString()));
    }

    [Fact]
    public async Task The_calendar_leaves_the_undated_statements_out_and_says_how_many()
    {
        var undated = await UndatedAsync("Russia");
        var text = await factory.CreateClient().GetStringAsync(new Uri("/export/events.ics?party=Russia", UriKind.Relative));
        var calendar = Ical.Net.Calendar.Load(text)!;
        var ids = calendar.Events.Select(e => int.Parse(e.Uid!["event-".Length..e.Uid!.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(ids, undated.Contains);
        Assert.Equal(undated.Count.ToString(CultureInfo.InvariantCulture), calendar.Properties["X-PEACETALKS-UNDATED-LEFT-OUT"]!.Value);
        Assert.Contains($"{undated.Count} undated statement(s) of this view are left out", (string)calendar.Properties["X-WR-CALDESC"]!.Value!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timelinejs_leaves_the_undated_statements_out_and_says_how_many()
    {
        var undated = await UndatedAsync("Russia");
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/export/events.timeline.json?party=Russia", UriKind.Relative)));
        var ids = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => int.Parse(e.GetProperty("unique_id").GetString()!["e-".Length..], CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(ids);
        Assert.DoesNotContain(ids, undated.Contains);
        Assert.Contains($"{undated.Count} undated statement(s) of this view are left out",
            json.RootElement.GetProperty("title").GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_an_undated_event_says_it_is_undated_and_why_and_places_it_among_no_neighbours()
    {
        var id = (await UndatedAsync())[0];
        var page = await Html.GetAsync(factory.CreateClient(), $"/events/{id}");
        var date = Html.Normalize(page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Date").NextElementSibling!.TextContent);
        Assert.StartsWith("undated — the text gives no date for it", date, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("dd time"));
        Assert.Null(page.QuerySelector("nav.neighbours"));
        Assert.Equal("/?undated=1", page.QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_party_page_lists_its_undated_statements_last_labelled_undated()
    {
        var russia = await UndatedAsync("Russia");
        var page = await Html.GetAsync(factory.CreateClient(), "/parties/russia");
        var items = page.QuerySelectorAll("#events-heading + ol li").ToList();
        var last = items.TakeLast(russia.Count).ToList();
        Assert.Equal(russia.Select(id => $"/events/{id}"), last.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.All(last, li => Assert.StartsWith("undated — ", li.TextContent, StringComparison.Ordinal));
        Assert.All(items.SkipLast(russia.Count), li => Assert.DoesNotContain("undated", li.TextContent, StringComparison.Ordinal));
        var counts = page.QuerySelectorAll("main p").Single(p => p.TextContent.Contains("on the timeline", StringComparison.Ordinal));
        Assert.Contains($"{items.Count - russia.Count} event(s) on the timeline", counts.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{russia.Count} undated statement(s)", counts.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_page_lists_the_undated_events_of_its_passages_labelled_undated()
    {
        var id = (await UndatedAsync())[0];
        string file;
        using (var scope = factory.Services.CreateScope())
        {
            file = await scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>().Events.Where(e => e.Id == id).Select(e => e.Document!.FileName).SingleAsync();
        }

        var page = await Html.GetAsync(factory.CreateClient(), "/sources/" + Uri.EscapeDataString(file));
        var backlink = page.QuerySelectorAll(".backlinks a").Single(a => a.GetAttribute("href") == $"/events/{id}");
        Assert.StartsWith("undated — ", backlink.TextContent, StringComparison.Ordinal);
    }
}
