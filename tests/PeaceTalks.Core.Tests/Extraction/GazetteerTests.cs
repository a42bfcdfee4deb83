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
    [InlineData("Tbilisi", "Georgia")]
    [InlineData("Türkiye", "Turkey")]
    [InlineData("burkina-faso", "Burkina Faso")]
    public void A_filter_value_resolves_by_alias_or_slug(string value, string party) =>
        Assert.Equal(party, Gazetteer.ResolveParty(value));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_filter_value_names_no_party(string? value) =>
        Assert.Null(Gazetteer.ResolveParty(value));

    [Fact]
    public void The_two_sides_are_marked_in_the_data() =>
        Assert.Equal(["Russia", "Ukraine"], Gazetteer.Sides.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_state_of_the_data_set_is_a_party()
    {
        var states = Gazetteer.Parties.Where(p => p.Kind == "state").ToList();
        Assert.InRange(states.Count, 190, 200);
        Assert.All(states, s => Assert.Equal(PeaceTalks.Core.Extraction.Slugs.Of(s.Name), s.Slug));
        Assert.Equal(states.Count, states.Select(s => s.Slug).Distinct().Count());
    }

    // Sentences of the real corpus (../shared/corpus), not of the seeds.
    [Theory]
    [InlineData("His ambition was influenced by the military traditions of his family, particularly the exploits of his half-brother Lawrence Washington.", "United States")]
    [InlineData("George Washington's early military career was significantly shaped by his involvement in the French and Indian War (1754-1763), a conflict that marked the beginning of his rise as a prominent military leader in colonial America.", "United States")]
    public void A_capital_inside_a_persons_name_is_not_the_state(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Fact]
    public void A_persons_surname_alone_after_the_full_name_is_still_the_person() =>
        Assert.DoesNotContain(
            Gazetteer.Find("George Washington's early military career was significantly shaped by his involvement in the French and Indian War (1754-1763). Washington's military journey began in 1752 when he was appointed as adjutant for the southern district of Virginia, earning £100 a year."),
            m => m.Party == "United States");

    [Theory]
    [InlineData("acquiring vast territories, including present-day California, Arizona, New Mexico, and parts of Colorado, Utah, and Nevada", "Mexico")]
    [InlineData("This map includes the controversial nine-dash line that encompasses most of the South China Sea, a region rich in resources", "China")]
    [InlineData("By 2 June, The Washington Post reported that Sievierodonetsk was on the brink of capitulation to Russian occupation", "United States")]
    [InlineData("On 2 March, The Kyiv Independent reported on a WhatsApp audio message allegedly recorded by a woman from Aleysk", "Ukraine")]
    [InlineData("A joint poll conducted by Levada and the Kyiv International Institute of Sociology from September to October 2020 found that in the breakaway regions", "Ukraine")]
    public void A_name_that_is_part_of_a_longer_proper_name_is_not_the_state(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Theory]
    [InlineData("leading to conflicts with Native Americans and Mexico, as well as the ethical implications of this ideology", "United States", "Mexico")]
    [InlineData("with simultaneous missile attacks again directed at Kyiv in the north and Lviv in Western Ukraine", "India", "Ukraine")]
    public void A_demonym_inside_another_peoples_name_is_not_the_state_but_a_region_of_the_state_is(string text, string not, string state)
    {
        var parties = Gazetteer.Find(text).Select(m => m.Party).ToList();
        Assert.DoesNotContain(not, parties);
        Assert.Contains(state, parties);
    }

    [Theory]
    [InlineData("was a decisive conflict in the American Revolution, leading to British surrender and the subsequent Treaty of Paris, marking a pivotal moment", "France")]
    [InlineData("The French Revolution (1789-1799): Marked by the Storming of the Bastille on July 14, 1789", "France")]
    [InlineData("Moreover, the territorial disputes with Mexico culminated in the Mexican-American War (1846-1848), which was justified by the belief in Manifest Destiny", "United States")]
    [InlineData("The Indian Removal Act of 1830 and the subsequent Trail of Tears exemplified the tragic impact", "India")]
    [InlineData("The Minsk agreements signed in September 2014 and February 2015 were a bid to stop the fighting", "Belarus")]
    [InlineData("* Battle of Kyiv (2022)", "Ukraine")]
    public void A_place_that_names_an_event_a_law_or_a_treaty_is_not_a_party(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Theory]
    [InlineData("In ancient Egypt, surveying was essential for managing land, especially due to the annual flooding", "Egypt")]
    [InlineData("Here are some key ways in which these myths impacted the lives of the ancient Greeks:", "Greece")]
    public void A_land_or_people_of_antiquity_is_not_the_state_of_today(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Theory]
    [InlineData("The first state to ratify was Delaware on December 7, 1787, followed by Pennsylvania, New Jersey, Georgia, and Connecticut", false)]
    [InlineData("At the 2008 Bucharest summit, Ukraine and Georgia sought to join NATO.", true)]
    public void Georgia_among_the_US_states_is_the_US_state(string text, bool country) =>
        Assert.Equal(country, Gazetteer.Find(text).Any(m => m.Party == "Georgia"));

    [Theory]
    [InlineData("George Washington's early military career was significantly shaped by his involvement in the French and Indian War (1754-1763)", false)]
    [InlineData("The recent SCO meeting, chaired by Indian Prime Minister Narendra Modi, involved", true)]
    public void Indian_is_India_only_before_a_word_of_the_state(string text, bool india) =>
        Assert.Equal(india, Gazetteer.Find(text).Any(m => m.Party == "India" && m.ByDemonym));

    [Theory]
    [InlineData("focusing on the specific events of the Peloponnesian War, analyzing the political and military strategies of Athens and Sparta", "Greece")]
    [InlineData("the humanist community rallied around him in opposition to the Dominican inquisitors who sought to condemn him", "Dominican Republic")]
    public void A_name_on_the_ambiguity_list_is_not_the_state(string text, string party) =>
        Assert.DoesNotContain(Gazetteer.Find(text), m => m.Party == party);

    [Fact]
    public void A_demonym_two_states_share_names_neither()
    {
        Assert.Contains("Dominican", Gazetteer.Shared);
        Assert.Empty(Gazetteer.Find("the humanist community rallied around him in opposition to the Dominican inquisitors who sought to condemn him"));
    }

    [Theory]
    [InlineData("Puerto Rico, Guam, and the Philippines", "Philippines")]
    public void A_territory_is_known_but_is_no_party(string text, string party) =>
        Assert.Equal([party], Gazetteer.Find(text).Select(m => m.Party));
}
