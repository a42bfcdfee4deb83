using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>A party only named in an event ("mentioned") does not take part in it: not in the filter, facet or party page.</summary>
public class PartyRoleTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    private async Task<(int EventId, string Party, string Slug, int TookPart)> OnlyMentionedAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeaceTalksDbContext>();
        var mentioned = await db.EventParties.Where(p => p.Role == "mentioned")
            .Select(p => new { p.EventId, p.Party!.Name, p.Party.Slug, TookPart = db.EventParties.Count(x => x.PartyId == p.PartyId && x.Role != "mentioned") })
            .ToListAsync();
        Assert.NotEmpty(mentioned);

        // The one with the fewest events it took part in: its timeline fits on one page.
        var pick = mentioned.OrderBy(m => m.TookPart).ThenBy(m => m.EventId).First(m => m.TookPart > 0);
        return (pick.EventId, pick.Name, pick.Slug, pick.TookPart);
    }

    [Fact]
    public async Task A_party_only_mentioned_in_an_event_is_not_counted_in_its_facet_nor_filtered_to_it()
    {
        var (id, party, _, tookPart) = await OnlyMentionedAsync();
        var page = await Html.GetAsync(factory.CreateClient(), "/?party=" + Uri.EscapeDataString(party));
        var ids = Html.EventIds(page);
        Assert.DoesNotContain(id, ids);
        Assert.Equal(tookPart, ids.Count);
        var facet = page.QuerySelectorAll("#facet-party + ul li").Single(li => li.QuerySelector("a")!.TextContent == party);
        Assert.Equal(tookPart.ToString(CultureInfo.InvariantCulture), facet.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task A_party_page_does_not_list_an_event_the_party_is_only_mentioned_in()
    {
        var (id, _, slug, tookPart) = await OnlyMentionedAsync();
        var page = await Html.GetAsync(factory.CreateClient(), "/parties/" + slug);
        var links = page.QuerySelectorAll("#events-heading + ol a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain($"/events/{id}", links);
        Assert.Equal(tookPart, links.Count);
    }

    [Fact]
    public async Task The_event_page_labels_who_took_part_and_who_is_only_mentioned()
    {
        var (id, party, _, _) = await OnlyMentionedAsync();
        var page = await Html.GetAsync(factory.CreateClient(), $"/events/{id}");
        var labels = page.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent);
        Assert.Contains(party, labels["Mentioned"], StringComparison.Ordinal);
        Assert.DoesNotContain(party, labels.GetValueOrDefault("Took part") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_each_events_parties_with_their_roles()
    {
        var (id, party, _, _) = await OnlyMentionedAsync();
        var detail = await factory.CreateClient().GetStringAsync(new Uri($"/api/events/{id}", UriKind.Relative));
        using var json = System.Text.Json.JsonDocument.Parse(detail);
        var roles = json.RootElement.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("role").GetString());
        Assert.Equal("mentioned", roles[party]);
    }

    [Fact]
    public async Task An_empty_party_filter_is_no_error()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/?party=", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
