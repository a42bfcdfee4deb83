using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>Every error of the API is RFC 9457 problem details; the pages keep their HTML error pages.</summary>
public class ApiProblemTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Theory]
    [InlineData("/api/events/999999", null, 404)]
    [InlineData("/api/events/999999", "application/json", 404)]
    [InlineData("/api/events/999999", "text/html", 404)]
    [InlineData("/api/events/abc", "application/json", 404)]
    [InlineData("/api/no-such-thing", null, 404)]
    [InlineData("/api/events?year=abc", null, 400)]
    [InlineData("/api/events?page=-1", "application/json", 400)]
    [InlineData("/api/events?page=999", null, 400)]
    [InlineData("/api/events?kind=war", null, 400)]
    [InlineData("/api/events?month=2022-13", null, 400)]
    [InlineData("/api/events?party=Atlantis", null, 400)]
    public async Task An_api_error_is_problem_details(string url, string? accept, int status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/api/events?year=abc", "year", "“abc” is not a year")]
    [InlineData("/api/events?kind=war&party=Atlantis", "kind", "“war” is not a kind of event")]
    [InlineData("/api/events?kind=war&party=Atlantis", "party", "No party is called “Atlantis”")]
    public async Task A_bad_parameter_is_named_with_what_is_wrong_with_it(string url, string parameter, string message)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_known_event_and_a_view_that_only_notes_something_still_answer_200()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/events/1", UriKind.Relative))).StatusCode);
        using var response = await client.GetAsync(new Uri("/api/events?year=2022&undated=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("messages").EnumerateArray(), m => m.GetString()!.Contains("does not apply", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/events/999999")]
    [InlineData("/no/such/page")]
    public async Task A_page_that_is_not_there_keeps_its_html_not_found_page(string url)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
