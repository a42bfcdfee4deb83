using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests;

/// <summary>Requests an attacker or a careless reader sends, one test per class of input, against the real app over the seeds.</summary>
public class HostileRequestTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Theory]
    [InlineData("party=")]
    [InlineData("party=+")]
    [InlineData("party=%20")]
    [InlineData("party=&party=")]
    public async Task An_empty_party_value_is_no_filter(string query)
    {
        var client = factory.CreateClient();
        Assert.Equal(await TotalAsync(client, ""), await TotalAsync(client, query));
        var page = await client.GetAsync(new Uri($"/?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task An_empty_party_value_beside_a_party_leaves_that_party()
    {
        var client = factory.CreateClient();
        var russia = await TotalAsync(client, "party=Russia");
        Assert.InRange(russia, 1, await TotalAsync(client, "") - 1);
        Assert.Equal(russia, await TotalAsync(client, "party=Russia&party="));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/?party=Russia&party=", UriKind.Relative))).StatusCode);
    }

    public static TheoryData<string, string> UnsupportedMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "TRACE", "PUT", "DELETE", "PATCH", "POST", "PROPFIND" })
        {
            foreach (var url in new[] { "/", "/events/1", "/parties", "/parties/russia", "/rounds", "/proposals", "/sources", "/sources/000_d0e1863d5fa5877d.txt", "/api/events", "/export/events.csv", "/healthz" })
            {
                data.Add(method, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnsupportedMethods))]
    public async Task An_unsupported_method_is_a_405_that_names_the_allowed_ones(string method, string url)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Contains("GET, HEAD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/events/1")]
    [InlineData("/parties/russia")]
    [InlineData("/sources/000_d0e1863d5fa5877d.txt")]
    [InlineData("/api/events")]
    [InlineData("/api/events/1")]
    [InlineData("/api/parties")]
    [InlineData("/export/events.csv")]
    [InlineData("/export/events.json")]
    [InlineData("/export/events.ics")]
    [InlineData("/healthz")]
    public async Task Head_answers_as_get_without_a_body(string url)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Options_names_the_allowed_methods()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, new Uri("/", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("Ru_sia")]
    [InlineData("\\")]
    public async Task Like_wildcards_in_a_search_are_only_searched_for(string text)
    {
        // A wildcard is no word: the search finds what the text's words find ("Ru_sia" what "Rusia" finds), and a text
        // of no words ("%", "_") finds nothing. As wildcards, "%" found every title and "Ru_sia" Russia's.
        var client = factory.CreateClient();
        var words = string.Join(' ', FullTextSearch.Words(text));
        var expected = words.Length == 0 ? 0 : await TotalAsync(client, $"q={Uri.EscapeDataString(words)}");
        Assert.Equal(expected, await TotalAsync(client, $"q={Uri.EscapeDataString(text)}"));
        Assert.True(expected < await TotalAsync(client, "q=Russia"), $"{text} found {expected}");
    }

    [Theory]
    [InlineData("%00zzzz")]
    [InlineData("%25%00")]
    [InlineData("Russia%00")]
    public async Task A_nul_in_a_search_does_not_cut_it_short(string query)
    {
        var client = factory.CreateClient();
        var all = await TotalAsync(client, "");
        var found = await TotalAsync(client, $"q={query}");
        Assert.True(found < all, $"q={query} found {found} of {all}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/?q={query}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Search_words_are_searched_as_words_whatever_their_case_and_quotes()
    {
        var client = factory.CreateClient();
        var russia = await TotalAsync(client, "q=Russia");
        Assert.True(russia > 0);
        Assert.Equal(russia, await TotalAsync(client, "q=russia"));
        Assert.Equal(russia, await TotalAsync(client, "q=%22Russia%22"));
        Assert.Equal(0, await TotalAsync(client, "q=Russia%25%25zz"));

        // A word's inside is no word: as a substring of titles, "ussia" found every event titled with Russia.
        Assert.Equal(0, await TotalAsync(client, "q=ussia"));
    }

    [Fact]
    public async Task A_huge_query_string_is_bounded_and_the_page_says_so()
    {
        var client = factory.CreateClient();
        var plain = (await client.GetByteArrayAsync(new Uri("/?party=Russia", UriKind.Relative))).Length;

        // About 7 KB (under Kestrel's 8 KB request line): 600 repeated parameters, each carried on in every facet link.
        var query = "party=Russia&" + string.Join('&', Enumerable.Range(0, 600).Select(i => $"party=R{i}"));
        var response = await client.GetAsync(new Uri($"/?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Length < 2 * plain, $"{html.Length:N0} characters against {plain:N0} for the party alone");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("more than 24 parameters", StringComparison.Ordinal));

        // The API answers the parameters it kept: the unknown parties among them are refused (problem details, 400), and
        // the answer says that the rest were dropped; a selection of known values is answered, with the same note.
        var refused = await client.GetAsync(new Uri($"/api/events?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("more than 24 parameters", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var known = string.Join('&', Enumerable.Repeat("party=Russia", 500));
        var api = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/events?{known}", UriKind.Relative)));
        Assert.Contains(api.RootElement.GetProperty("messages").EnumerateArray(), m => m.GetString()!.Contains("more than 24 parameters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_too_long_is_cut_and_the_page_says_so()
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/?q={new string('x', 5000)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("longer than 256 characters", StringComparison.Ordinal));
        Assert.DoesNotContain(new string('x', 257), page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri($"/api/events?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }
}
