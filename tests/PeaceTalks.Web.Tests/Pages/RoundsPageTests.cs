namespace PeaceTalks.Web.Tests.Pages;

/// <summary>The rounds page over the seeds: each round's date as precise as the text gives it, and place and format only where the text says them.</summary>
public class RoundsPageTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Fact]
    public async Task Rounds_show_what_the_text_says_and_say_not_stated_where_it_says_nothing()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/rounds");
        var rows = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        string[] Row(string name) => Assert.Single(rows, r => r[0].Contains(name, StringComparison.Ordinal));

        // "The fourth round of negotiations began on 14 March via video conference" is the only format the article names.
        Assert.Equal("video conference", Row("Fourth round")[3]);
        Assert.All(rows.Where(r => !r[0].Contains("Fourth round", StringComparison.Ordinal)), r => Assert.Equal("not stated", r[3]));
        Assert.Equal("not stated", Row("Fifth round")[2]);
        Assert.Equal("Belarus", Row("First round")[2]);
        // "held in Davos at the World Economic Forum in January 2024": a month, not its first day.
        Assert.Equal("Jan 2024", Row("Davos")[1]);
    }
}
