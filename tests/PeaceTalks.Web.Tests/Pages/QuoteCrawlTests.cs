using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// Issue 12: no page shows a gloss or raw markup as if it were the source's words. Every page reachable from the
/// timeline is crawled (one level of timeline filters), and its visible text is searched for the words each gloss
/// line of the seed scrape adds (the linked article's first words, which are never the article's own text) and for
/// wiki markup. Only the raw view a reader opens on purpose (a source passage's "Raw text", <c>details.raw</c>, or an
/// element marked <c>data-raw</c>) may show them.
/// </summary>
public class QuoteCrawlTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    private static readonly string[] Markup = ["''", "[[", "]]", "{{", "}}", "&nbsp;", "<ref"];

    [Fact]
    public async Task No_page_shows_gloss_text_or_markup_as_a_quote()
    {
        var glosses = GlossWords();
        Assert.True(glosses.Count > 50, $"only {glosses.Count} gloss lines found in the seed article");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var found = new List<string>();
        var pages = 0;
        while (queue.Count > 0 && seen.Count < 3000)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var text = Visible(page.Body!);
            found.AddRange(glosses.Where(g => text.Contains(g, StringComparison.Ordinal)).Take(3).Select(g => $"{url}: gloss \"{g}\""));
            found.AddRange(Markup.Where(m => text.Contains(m, StringComparison.Ordinal)).Select(m => $"{url}: markup {m}"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.Length > 0 && path.StartsWith('/') && !path.StartsWith("/export", StringComparison.Ordinal) && !path.StartsWith("/api", StringComparison.Ordinal)
                    && !(url.Contains('?', StringComparison.Ordinal) && path.StartsWith("/?", StringComparison.Ordinal)) && seen.Add(path))
                {
                    queue.Enqueue(path);
                }
            }
        }

        Assert.True(pages > 300, $"only {pages} pages crawled");
        Assert.True(found.Count == 0, $"{found.Count} finding(s):\n{string.Join('\n', found.Take(40))}");
    }

    /// <summary>The words a gloss line adds: its last 40 characters before " ...", the linked article's, not the text's.</summary>
    private static List<string> GlossWords()
    {
        var article = File.ReadAllText(Directory.GetFiles(Repository.Seeds, "000_*.txt").Single());
        return [.. article.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.EndsWith(" ...", StringComparison.Ordinal) && l.Length > 80)
            .Select(l => l[^44..^4].Trim()).Where(g => g.Length >= 30).Distinct()];
    }

    private static string Visible(IElement body)
    {
        foreach (var hidden in body.QuerySelectorAll("script, style, template, details.raw, [data-raw]").ToList())
        {
            hidden.Remove();
        }

        return body.TextContent;
    }
}
