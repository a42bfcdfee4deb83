using PeaceTalks.Core.Extraction;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The rules for rounds (<c>Rounds/RoundExtractor.cs</c>) on sentences of documents that are not seeds
/// (../shared/corpus, named in each comment), inside headings made small on purpose.
/// </summary>
public class RoundRulesTests
{
    private static IReadOnlyList<ExtractedRound> Rounds(string body) => WrittenDocuments.Article(body, "Talks", "2024-07-10").Rounds;

    // wikipedia …/russian_invasion_of_ukraine.md, "Peace efforts"
    private const string Lead = "Peace negotiations between Russia and Ukraine took place on 28 February, 3 March, and 7 March 2022, in an undisclosed location in the Gomel Region on the Belarus–Ukraine border, with further talks held on 10 March in Turkey prior to a fourth round of negotiations which began on 14 March.";

    [Fact]
    public void A_place_after_a_list_of_dates_is_the_place_of_each_and_never_crosses_to_another_date()
    {
        var rounds = Rounds($"## Peace talks in 2022\n\n{Lead}\n\n### First round (28 February)\n\nThe delegations met for five hours.\n\n### Third round (7 March)\n\nThe delegations met again.\n\n### Turkey (10 March)\n\nThe foreign ministers met.\n\n### Fourth round (14 March)\n\nThe delegations talked for hours.\n");
        Assert.Equal("Gomel Region", Assert.Single(rounds, r => r.Name == "First round").Place);
        Assert.Equal("Gomel Region", Assert.Single(rounds, r => r.Name == "Third round").Place);
        Assert.Equal("Turkey", Assert.Single(rounds, r => r.Name == "Turkey").Place);
        // "in Turkey" follows "10 March", not "14 March": the fourth round's place is not given.
        Assert.Null(Assert.Single(rounds, r => r.Name == "Fourth round").Place);
    }

    [Fact]
    public void A_meeting_of_a_series_told_again_on_its_day_is_one_round()
    {
        // quicktakes …/how-has-india-participated-in-the-recent-sco-meeting.md, its summit told twice, under a heading of a series
        // of meetings, then a meeting of another day.
        var rounds = Rounds("## SCO meetings\n\nThe 23rd Summit of the SCO Council of Heads of State took place virtually on July 4, 2023, and was chaired by Indian Prime Minister Narendra Modi. The summit held on July 4, 2023 adopted the New Delhi Declaration.\n\nThe foreign ministers held a meeting in Goa on May 5, 2023.\n");
        Assert.Equal([new DateOnly(2023, 5, 5), new DateOnly(2023, 7, 4)], rounds.Select(r => r.DateStart!.Value).Order());
        Assert.Equal("video conference", Assert.Single(rounds, r => r.DateStart == new DateOnly(2023, 7, 4)).Format);
    }

    [Fact]
    public void A_format_is_only_what_the_text_names()
    {
        // quicktakes …/how-has-india-participated-in-the-recent-sco-meeting.md: "took place virtually".
        var rounds = Rounds("## Meetings in 2023\n\n### Summit (4 July)\n\nThe 23rd Summit of the SCO Council of Heads of State took place virtually on July 4, 2023, and was chaired by Indian Prime Minister Narendra Modi.\n\n### Second summit (5 July)\n\nThe heads of state met again.\n");
        Assert.Equal("video conference", Assert.Single(rounds, r => r.Name == "Summit").Format);
        Assert.Null(Assert.Single(rounds, r => r.Name == "Second summit").Format);
    }

    [Fact]
    public void A_numbered_meeting_said_to_be_held_is_a_round_with_its_place_and_a_kind_of_meeting_is_not_a_place()
    {
        // quicktakes …/what-are-the-future-cooperation-plans-between-india-and-south-africa-in-naval-matters.md, made a numbered meeting;
        // "in Copenhagen format" as the seed article says it, in a sentence of another document.
        var rounds = Rounds("## Naval cooperation\n\nOn 27 August 2024, the twelfth staff meeting of the two navies was held in New Delhi. The second meeting in Copenhagen format was held in Jeddah on 6 August 2023.\n");
        var round = Assert.Single(rounds, r => r.Name.StartsWith("Twelfth staff meeting", StringComparison.Ordinal));
        Assert.Equal("New Delhi", round.Place);
        Assert.Equal(new DateOnly(2024, 8, 27), round.DateStart);
        var jeddah = Assert.Single(rounds, r => r.DateStart == new DateOnly(2023, 8, 6));
        Assert.Equal("Jeddah", jeddah.Place);
    }

    [Fact]
    public void A_rounds_section_gives_the_round_only_the_events_of_its_days()
    {
        // wikipedia …/russian_invasion_of_ukraine.md (the visit); the round's sentence is the corpus lead's.
        var body = "## Peace talks in 2022\n\n### Fourth round (14 March)\n\nA fourth round of negotiations began on 14 March. On 17 March, Zelensky visited a Kyiv hospital to meet the people wounded while evacuating from Kyiv Region.";
        var result = WrittenDocuments.Article(body, "Talks", "2024-07-10");
        Assert.NotNull(Assert.Single(result.Events, e => e.DateStart == new DateOnly(2022, 3, 14)).RoundIndex);
        Assert.Null(Assert.Single(result.Events, e => e.DateStart == new DateOnly(2022, 3, 17)).RoundIndex);
    }
}
