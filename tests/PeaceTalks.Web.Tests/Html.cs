using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PeaceTalks.Web.Tests;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The ids of the events a timeline page lists, in order.</summary>
    public static List<int> EventIds(IDocument page) =>
        page.QuerySelectorAll("li.event").Select(e => int.Parse(e.Id!["e-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
