using PeaceTalks.Web.Pages.Events;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>The live page's link at the exact words (W3C Text Fragments), encoded as the spec asks.</summary>
public class TextFragmentTests
{
    private static readonly Uri Page = new("https://example.org/questions/peace-talks");

    [Theory]
    [InlineData("Talks in Istanbul", "Talks%20in%20Istanbul")]
    [InlineData("Russia-Ukraine talks", "Russia%2DUkraine%20talks")]
    [InlineData("Kyiv, Moscow & Ankara", "Kyiv%2C%20Moscow%20%26%20Ankara")]
    [InlineData("Mevlüt Çavuşoğlu said", "Mevl%C3%BCt%20%C3%87avu%C5%9Fo%C4%9Flu%20said")]
    [InlineData("the 14–17 March talks", "the%2014%E2%80%9317%20March%20talks")]
    [InlineData("a summit\nin  Malta\r\n", "a%20summit%20in%20Malta")]
    [InlineData("50% (around) #1?", "50%25%20%28around%29%20%231%3F")]
    public void A_short_quote_is_the_whole_text_encoded(string quote, string expected) =>
        Assert.Equal($"https://example.org/questions/peace-talks#:~:text={expected}", TextFragment.Link(Page, quote));

    [Fact]
    public void A_long_quote_is_named_by_its_first_and_last_words()
    {
        const string quote = "A summit involving around 50 countries was held in Malta to discuss peace between the two sides, far-reaching.";
        Assert.Equal(
            "https://example.org/questions/peace-talks#:~:text=A%20summit%20involving%20around,the%20two%20sides%2C%20far%2Dreaching.",
            TextFragment.Link(Page, quote));
    }

    [Fact]
    public void A_fragment_the_address_has_gives_way_and_its_query_stays()
    {
        Assert.Equal("https://example.org/a?b=1#:~:text=Malta", TextFragment.Link(new Uri("https://example.org/a?b=1#top"), "Malta"));
    }
}
