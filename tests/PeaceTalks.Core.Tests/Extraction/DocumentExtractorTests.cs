using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>Extraction on articles the importer has never seen: invented text in the seed's format.</summary>
public class DocumentExtractorTests
{
    private static ExtractionResult Extract(string body) => ExtractWithDocument(body).Result;

    private static (SegmentedDocument Document, ExtractionResult Result) ExtractWithDocument(string body)
    {
        var text = "HOME\n\nTheInfoList\n\n\n\nOR:\n\n" + body + "\n\n\nSee also\n\n* Something\n";
        var document = Segmenter.Segment(new SourceFile("invented.txt", text, "0"));
        return (document, DocumentExtractor.Extract(document, Gazetteer.Default, TopicTagger.Default));
    }

    private const string Intro = "Talks between Russia and Ukraine took place several times in the year described below, with results that both sides disputed.";

    [Fact]
    public void Heading_year_dates_a_day_without_year()
    {
        var (document, result) = ExtractWithDocument(Intro + "\n\n\nTimeline\n\n\n2031\n\n\nMay 2031\n\nOn 13 May, the Russian and Ukrainian delegations met in Geneva for three hours. The talks ended without agreement.");
        var meeting = Assert.Single(result.Events, e => e.DateStart == new DateOnly(2031, 5, 13));
        Assert.Equal(DatePrecision.Day, meeting.Precision);
        Assert.Equal("13 May", meeting.DateText);

        // The undated sentence after it continues the same event.
        var raw = document.Source.Raw[meeting.Span.RawStart..meeting.Span.RawEnd];
        Assert.EndsWith("The talks ended without agreement.", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_statement_under_a_month_heading_is_an_event_of_that_month()
    {
        var result = Extract(Intro + "\n\n\nTimeline\n\n\n2029\n\n\nJanuary 2029\n\nUkrainian President Zelenskyy said he would not agree to a ceasefire that froze the front line.");
        var statement = Assert.Single(result.Events, e => e.DateStart is not null);
        Assert.Equal(new DateOnly(2029, 1, 1), statement.DateStart);
        Assert.Equal(DatePrecision.Month, statement.Precision);
        Assert.Equal(EventKind.Statement, statement.Kind);
        Assert.Contains(statement.Parties, p => p.Party == "Ukraine" && p.Role == PartyRole.Actor);
    }

    [Fact]
    public void A_date_in_passing_dates_its_own_statement()
    {
        var result = Extract(Intro + "\n\n\nTimeline\n\n\nEarly talks (1 March to 9 April 2030)\n\n\nThird round (9 March)\n\nA third round of negotiations began on 9 March in Minsk. In an interview on 2 June 2033 Vladimir Putin claimed that the sides had been close to a deal.");
        Assert.Contains(result.Events, e => e.DateStart == new DateOnly(2030, 3, 9) && e.Kind == EventKind.Round);
        Assert.Contains(result.Events, e => e.DateStart == new DateOnly(2033, 6, 2) && e.People.Contains("Vladimir Putin"));
        Assert.Single(result.Rounds);
        Assert.Equal("Third round", result.Rounds[0].Name);
    }

    [Fact]
    public void A_mediator_and_a_host_are_told_apart()
    {
        var result = Extract(Intro + "\n\n\nTimeline\n\n\n2032\n\n\nApril 2032\n\nOn 4 April, Sergey Lavrov and Dmytro Kuleba met for talks in Ankara with Turkish Foreign Minister Hakan Fidan as mediator.");
        var meeting = Assert.Single(result.Events, e => e.DateStart is not null);
        Assert.Contains(meeting.Parties, p => p.Party == "Turkey" && p.Role == PartyRole.Mediator);
        Assert.Contains(meeting.Parties, p => p.Party == "Russia");
        Assert.Contains(meeting.Parties, p => p.Party == "Ukraine");
    }

    [Fact]
    public void An_inline_hash_list_is_a_proposal_with_its_points()
    {
        var result = Extract(Intro + "\n\n\nPositions\n\nIn March 2035 the Ukrainian president Volodymyr Zelenskyy proposed a 4-point peace plan, consisting of: # Exchange of all prisoners # Return of deported children #Demining of farmland #A summit of guarantor states Three weeks later the Russian side rejected it.");
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal(["Ukraine"], proposal.Proposers);
        Assert.Equal(["Exchange of all prisoners", "Return of deported children", "Demining of farmland", "A summit of guarantor states"], proposal.Points.Select(p => p.Text));
        Assert.Contains("prisoners-deportees", proposal.Points[0].Topics);
    }

    [Fact]
    public void Mentions_of_one_counted_plan_merge()
    {
        var result = Extract(Intro + "\n\n\nPlans\n\nOn 3 May 2036, China and Brazil jointly presented a new seven-point peace plan. The seven-point proposal called for a ceasefire, a peace conference and the exchange of prisoners.");
        var proposal = Assert.Single(result.Proposals);
        Assert.Contains("China", proposal.Proposers);
        Assert.Equal(3, proposal.Points.Count);
    }
}
