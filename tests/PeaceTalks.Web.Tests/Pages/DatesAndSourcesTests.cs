using AngleSharp.Dom;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// Dates shown as precisely as the source allows and where they were taken from, a document's own date, and the other
/// sources' accounts of a happening, over small articles written for the purpose (<see cref="SmallCorpusFactory"/>).
/// </summary>
public class DatesAndSourcesTests(SmallCorpusFactory factory) : IClassFixture<SmallCorpusFactory>
{
    private async Task<IElement> RowAsync(string words)
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        return page.QuerySelectorAll("li.event").Single(e => e.QuerySelector(".event-summary")!.TextContent.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decade_and_a_century_are_shown_as_the_source_names_them_under_headings_of_their_own()
    {
        var decade = await RowAsync("merchants of Lanmark");
        Assert.Equal("1830s", decade.QuerySelector("time")!.TextContent);
        Assert.Equal("1830s", decade.Closest("section")!.QuerySelector("h2")!.TextContent);

        var century = await RowAsync("first fort of Lanmark");
        Assert.Equal("early 17th century", century.QuerySelector("time")!.TextContent);
        Assert.Equal("17th century", century.Closest("section")!.QuerySelector("h2")!.TextContent);

        // In time order, and none of them placed in a year of its own or a month.
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        Assert.Equal(["17th century", "1830s", "1863", "2022", "2031"], page.QuerySelectorAll(".results section > h2").Select(h => h.TextContent));
        Assert.Empty(century.Closest("section")!.QuerySelectorAll("h3"));
    }

    [Fact]
    public async Task A_year_of_the_nineteenth_century_filters_the_timeline_to_it()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/?year=1863");
        Assert.Empty(page.QuerySelectorAll(".notice"));
        var rows = page.QuerySelectorAll("li.event");
        var row = Assert.Single(rows);
        Assert.Contains("old town of Lanmark burned down", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("1863", row.QuerySelector("time")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#facet-year + ul a"), a => a.TextContent == "1863" && a.ClassList.Contains("selected"));
    }

    [Fact]
    public async Task A_year_outside_our_era_is_named_in_a_message_and_left_out()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/?year=10000");
        Assert.Contains("“10000” is not a year of our era", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Html.EventIds(await Html.GetAsync(client, "/")), Html.EventIds(page));
    }

    [Fact]
    public async Task The_event_page_says_which_heading_its_date_was_taken_from()
    {
        var row = await RowAsync("Delegations from Poland and Hungary");
        var page = await Html.GetAsync(factory.CreateClient(), row.QuerySelector("h4 a")!.GetAttribute("href")!);
        var date = page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Date").NextElementSibling!;
        Assert.Equal("Mar 2022 — from the heading “March 2022”", Html.Normalize(date.TextContent));
        Assert.Equal("2022-03-01", date.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task An_items_label_is_shown_bold_before_its_text_on_the_event_and_source_pages()
    {
        var row = await RowAsync("Poland proposed a ceasefire");
        var page = await Html.GetAsync(factory.CreateClient(), row.QuerySelector("h4 a")!.GetAttribute("href")!);
        var passage = page.QuerySelector(".passage blockquote p")!;
        Assert.Equal("Ceasefire terms", passage.QuerySelector("strong.passage-label")!.TextContent);
        Assert.StartsWith("Ceasefire terms: Poland proposed", passage.TextContent, StringComparison.Ordinal);

        var source = await Html.GetAsync(factory.CreateClient(), "/sources/lanmark.md");
        Assert.Contains(source.QuerySelectorAll("section.passage p"), p => p.TextContent.StartsWith("Ceasefire terms: Poland", StringComparison.Ordinal)
            && p.QuerySelector("strong.passage-label") is not null);
    }

    [Fact]
    public async Task The_source_page_gives_the_documents_own_date_by_its_meaning_and_says_it_dates_nothing_told()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/sources/lanmark.md");
        var own = page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Document's date").NextElementSibling!;
        Assert.Equal("Page made 16 Jul 2023", Html.Normalize(own.QuerySelector(".own-date")!.TextContent));
        Assert.Equal("2023-07-16", own.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("none of its events takes its date from it", own.TextContent, StringComparison.Ordinal);
        Assert.Contains("ended the border war between Freedonia and Sylvania after three rounds of talks", page.QuerySelector(".description")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Article", page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Format").NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_page_shows_the_stored_account_of_another_source_and_where_their_counts_differ()
    {
        var row = await RowAsync("around 50 countries");
        var page = await Html.GetAsync(factory.CreateClient(), row.QuerySelector("h4 a")!.GetAttribute("href")!);
        var other = page.QuerySelector(".other-sources")!;
        Assert.Contains("65 nations attended the summit in Valletta", other.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("both name Valletta", Html.Normalize(other.TextContent), StringComparison.Ordinal);
        var differ = other.QuerySelector(".differ")!;
        Assert.Contains("“around 50 countries” in", differ.TextContent, StringComparison.Ordinal);
        Assert.Contains("against “65 nations” in", differ.TextContent, StringComparison.Ordinal);
        Assert.Contains(differ.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/sources/valletta-b.md", StringComparison.Ordinal));

        // The other side reads the same link from its own side.
        var back = await Html.GetAsync(factory.CreateClient(), other.QuerySelector(".source-meta a")!.GetAttribute("href")!);
        Assert.Contains("against “around 50 countries” in", back.QuerySelector(".other-sources .differ")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_counts_only_dated_events_for_how_current_the_sources_are()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/");
        Assert.Contains("Sources current to May 2031", page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }
}
