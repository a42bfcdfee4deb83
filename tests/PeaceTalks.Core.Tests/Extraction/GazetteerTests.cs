using PeaceTalks.Core.Extraction.Entities;

namespace PeaceTalks.Core.Tests.Extraction;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("the Kremlin denied reports", "Russia")]
    [InlineData("Moscow has dismissed these talks", "Russia")]
    [InlineData("if Kyiv agreed to these conditions", "Ukraine")]
    [InlineData("Turkish President Erdogan expressed some hope", "Turkey")]
    [InlineData("Recep Tayyip Erdoğan stated that", "Turkey")]
    [InlineData("with Turkish Foreign Minister Mevlüt Çavuşoğlu as mediator", "Turkey")]
    [InlineData("Pope Francis announced", "Vatican")]
    [InlineData("UN Secretary-General António Guterres said", "United Nations")]
    [InlineData("Dmitry Peskov restated Moscow's demands", "Russia")]
    public void An_alias_resolves_to_its_canonical_party(string text, string party) =>
        Assert.Contains(Gazetteer.Find(text), m => m.Party == party);

    [Theory]
    [InlineData("Zelensky said that Ukraine was not ready")]
    [InlineData("Zelenskyy called for direct talks")]
    [InlineData("Volodymyr Zelensky has stated")]
    public void Spellings_of_one_person_are_one_person(string text)
    {
        var mention = Assert.Single(Gazetteer.Find(text), m => m.Person is not null);
        Assert.Equal("Ukraine", mention.Party);
        Assert.Equal(Gazetteer.Find("Volodymyr Zelenskyy")[0].Person, mention.Person);
    }

    [Theory]
    [InlineData("Russia was a signatory to the 1994 Budapest Memorandum", "Hungary")]
    [InlineData("there will be no Minsk-3, Minsk-5, or Minsk-7", "Belarus")]
    [InlineData("The second meeting in Copenhagen format was held", "Denmark")]
    public void A_place_that_names_a_document_is_not_a_party(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Fact]
    public void A_name_inside_a_longer_word_is_not_a_mention() =>
        Assert.Empty(Gazetteer.Find("Russianness and Ukrainianism are not names"));

    [Theory]
    [InlineData("Kremlin", "Russia")]
    [InlineData("kyiv", "Ukraine")]
    [InlineData("united-states", "United States")]
    public void A_filter_value_resolves_by_alias_or_slug(string value, string party) =>
        Assert.Equal(party, Gazetteer.ResolveParty(value));
}
