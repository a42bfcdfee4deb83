using System.Text;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// Each rule of reading, stated for the language, on sentences of real documents that are neither seeds nor
/// in the corpus fixture (../shared/corpus: the Wikipedia articles and Q&amp;A pages named in each comment).
/// The documents around them are made small on purpose: the rule must hold wherever the sentence stands.
/// </summary>
public class ReadingRulesTests
{
    private static IReadOnlyList<ExtractedEvent> Article(string body, string subject = "A battle", string pubDate = "2023-07-10") =>
        WrittenDocuments.Article(body, subject, pubDate).Events;

    private static IReadOnlyList<ExtractedEvent> QaPage(string answer, string date = "2024-11-20") => WrittenDocuments.QaPage(answer, date).Events;

    private static ExtractedEvent Telling(IReadOnlyList<ExtractedEvent> events, string words) =>
        Assert.Single(events, e => e.Summary.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_pages_own_date_dates_nothing_it_tells()
    {
        // quicktakes …/can-you-describe-the-babylonian-method-in-physics-and-its-significance.md: no date in the answer.
        var events = QaPage("Babylonian astronomers developed systematic methods to predict the positions of the planets. They recorded their observations on clay tablets.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.DateStart));
        Assert.All(events, e => Assert.Equal(DateSource.None, e.DateFrom));
    }

    [Fact]
    public void The_next_day_counts_from_the_day_told_before()
    {
        // wikipedia …/2022_chornobaivka_attacks.md
        var events = Article("On 23 March 2022, Ukrainian forces struck the airfield at Chornobaivka. The following day, on 24 March, the Ukrainian army again attacked the Russian military at Chornobaivka.");
        Assert.Contains(events, e => e.DateStart == new DateOnly(2022, 3, 24) && e.Summary.StartsWith("The following day", StringComparison.Ordinal));

        // wikipedia …/battle_of_bucha.md
        var bucha = Article("On 27 February 2022, Russian forces entered Bucha. The following day, the Kyiv Oblast State Administration announced evacuations in both Bucha and Irpin.");
        var next = Telling(bucha, "announced evacuations");
        Assert.Equal(new DateOnly(2022, 2, 28), next.DateStart);
        Assert.Equal(DateSource.Relative, next.DateFrom);
    }

    [Fact]
    public void Later_that_year_counts_from_the_year_told_before()
    {
        // quicktakes …/what-were-the-consequences-of-the-triangle-shirtwaist-factory-fire.md (the trial of the owners)
        var events = QaPage("The fire broke out on March 25, 1911. Although the owners of the Triangle factory, Max Blanck and Isaac Harris, were indicted on manslaughter charges, they were acquitted later that year.");
        var acquitted = Telling(events, "acquitted later that year");
        Assert.Equal(new DateOnly(1911, 1, 1), acquitted.DateStart);
        Assert.Equal(DatePrecision.Year, acquitted.Precision);
    }

    [Fact]
    public void A_date_in_a_clause_that_looks_back_does_not_set_the_year_of_the_story()
    {
        // wikipedia …/battle_of_irpin.md (the same background paragraph opens many battle articles)
        var events = Article("## Background\nOn 24 February 2022, Russia invaded Ukraine, in a steep escalation of the Russo-Ukrainian War, which had begun in 2014.\n\n## Battle\nOn 27 February, Russian forces reached the outskirts of the town.");
        Assert.Contains(events, e => e.DateStart == new DateOnly(2022, 2, 24));
        Assert.Contains(events, e => e.DateStart == new DateOnly(2022, 2, 27));
        Assert.DoesNotContain(events, e => e.DateStart?.Year == 2014);
    }

    [Fact]
    public void A_day_without_a_year_and_no_year_in_its_context_stays_undated_with_a_warning()
    {
        var source = SourceFileReader.Decode("doc.md", Encoding.UTF8.GetBytes(
            "---\nsubject: A battle\ndescription: x\npubDate: 2023-07-10\n---\n\n## Battle\nOn 27 February, Russian forces reached the outskirts of the town.\n"));
        var result = DocumentExtractor.Extract(Segmenter.Segment(source), Gazetteer.Default, TopicTagger.Default);
        var reached = Assert.Single(result.Events);
        Assert.Null(reached.DateStart);
        Assert.Contains(result.Warnings, w => w.Message.Contains("27 February", StringComparison.Ordinal) && w.Line == 8);
    }

    [Fact]
    public void A_time_clause_that_names_no_date_moves_the_story_to_a_time_the_text_does_not_give()
    {
        // quicktakes …/how-did-religion-shape-governance-in-the-british-empire.md
        var events = QaPage("In 1600, the East India Company received its royal charter. During the colonial period, the influence of religion extended to governance in new territories.");
        Assert.Contains(events, e => e.DateStart == new DateOnly(1600, 1, 1));
        Assert.Null(Telling(events, "influence of religion extended").DateStart);
    }

    [Fact]
    public void What_did_not_happen_and_what_is_only_expected_are_no_happenings()
    {
        // quicktakes …/what-were-the-conditions-in-the-soviet-gulag-camps.md; …/how-did-the-pharaohs-rule-ancient-egypt.md
        var events = QaPage("Many prisoners did not survive their sentences due to the combination of starvation, disease, and harsh working conditions.\n\nThe populace was expected to obey a ruler believed to be chosen by the gods.");
        Assert.Empty(events);
    }

    [Fact]
    public void A_summary_is_no_happening()
    {
        // quicktakes …/analyze-the-structure-and-historical-significance-of-tacitus-agricola.md
        var events = QaPage("Tacitus wrote the Agricola in 98 AD.\n\nIn summary, Tacitus' \"Agricola\" is a multifaceted work that combines biographical narrative with historical analysis.");
        var written = Assert.Single(events);
        Assert.Equal(new DateOnly(98, 1, 1), written.DateStart);
    }

    [Fact]
    public void What_is_reported_of_a_subject_is_its_own_happening()
    {
        // wikipedia …/battle_of_bakhmut.md (not in the fixture's passages): "were additionally reported to have staged"
        var events = Article("On 3 August 2022, Russian forces were additionally reported to have staged offensive operations in the Bakhmut area.");
        Assert.Equal(new DateOnly(2022, 8, 3), Assert.Single(events).DateStart);
    }

    [Theory]
    // wikipedia …/2023_ukrainian_counteroffensive.md; quicktakes …/what-was-the-freedom-rides-movement.md
    [InlineData("Beginning on June 5, Ukrainian forces engaged in large-scale counterattacks in and around the city of Bakhmut.", "2023-06-05")]
    [InlineData("Beginning on May 4, 1961, the Freedom Riders, consisting of both Black and white activists, rode buses into the segregated southern United States.", "1961-05-04")]
    public void An_act_told_after_the_day_it_begins_is_dated_by_that_day(string sentence, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(Article("In 2023, the war went on.\n\n" + sentence), e => e.Summary == sentence).DateStart);

    [Theory]
    // quicktakes …/how-did-mongolia-develop-under-soviet-influence.md; …/what-was-life-like-for-jews-in-nazi-occupied-europe.md
    [InlineData("Beginning in 1961, Mongolia's five-year plans were coordinated with those of the Soviet Union and the Council for Mutual Economic Assistance (Comecon).")]
    [InlineData("Beginning in September 1941, Jews in German-occupied territories were required to wear yellow stars to identify themselves.")]
    public void A_state_told_from_the_day_it_begins_is_not_dated_by_it(string sentence)
    {
        Assert.DoesNotContain(Article(sentence), e => e.DateStart is not null);

        // The coordination of the plans is a happening of its own, kept undated.
        Assert.Null(Assert.Single(Article("Beginning in 1961, Mongolia's five-year plans were coordinated with those of the Soviet Union.")).DateStart);
    }

    [Fact]
    public void Dates_listed_one_after_another_are_each_a_happening()
    {
        // quicktakes …/who-was-john-lewis.md: "arrested approximately 40 times between 1960 and 1966" is one span;
        // a list of years is not.
        var span = QaPage("John Lewis was arrested approximately 40 times between 1960 and 1966.");
        var arrested = Assert.Single(span);
        Assert.Equal(new DateOnly(1960, 1, 1), arrested.DateStart);
        Assert.Equal(new DateOnly(1966, 12, 31), arrested.DateEnd);

        var list = QaPage("Lewis spoke at the March on Washington in 1963, 1965 and 1968.");
        Assert.Equal([1963, 1965, 1968], list.Select(e => e.DateStart!.Value.Year).Order());
    }

    [Fact]
    public void An_as_of_frame_that_opens_a_page_makes_its_undated_claims_reported_as_of_its_date()
    {
        // quicktakes …/what-is-the-current-status-of-the-gaza-ceasefire-talks.md, in the shape of such answers
        var events = QaPage("As of March 2024, the negotiations remain difficult.\n\n1. **Mediators**: Qatar and Egypt hosted several rounds of talks.\n2. **Background**: The war began on 7 October 2023.");
        var hosted = Telling(events, "hosted several rounds");
        Assert.True(hosted.AsOf);
        Assert.Equal(new DateOnly(2024, 3, 1), hosted.DateStart);
        Assert.Equal(DateSource.Framing, hosted.DateFrom);
        var began = Telling(events, "The war began");
        Assert.False(began.AsOf);
        Assert.Equal(new DateOnly(2023, 10, 7), began.DateStart);
    }

    [Fact]
    public void A_dated_heading_dates_the_undated_happenings_under_it()
    {
        // wikipedia …/2022_kherson_counteroffensive.md, in the shape of its dated section headings
        var events = Article("### Second phase (29 August – 11 November 2022)\nUkrainian forces pushed the Russians back to the Dnipro.");
        var pushed = Assert.Single(events);
        Assert.Equal(new DateOnly(2022, 8, 29), pushed.DateStart);
        Assert.Equal(new DateOnly(2022, 11, 11), pushed.DateEnd);
        Assert.Equal(DateSource.Heading, pushed.DateFrom);
    }
}
