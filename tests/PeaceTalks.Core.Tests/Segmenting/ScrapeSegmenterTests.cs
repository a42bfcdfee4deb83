using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Segmenting;

public class ScrapeSegmenterTests
{
    private static readonly SegmentedDocument Article = Segmenter.Segment(Seeds.Article);

    [Fact]
    public void Site_header_and_tail_are_not_content()
    {
        var all = string.Join("\n", Article.Passages.Select(p => p.Text.Text));
        Assert.DoesNotContain("TheInfoList", all, StringComparison.Ordinal);
        Assert.DoesNotContain("{{DEFAULTSORT", all, StringComparison.Ordinal);
        Assert.DoesNotContain(Article.Sections, s => s.Heading is "See also" or "Notes" or "References");
        Assert.StartsWith("There have been several rounds of peace talks to halt", Article.Passages[0].Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_comes_from_the_sort_key() =>
        Assert.Equal("2022 Russia-Ukraine peace negotiations", Article.Title);

    [Fact]
    public void Link_text_rejoins_its_sentence_and_the_gloss_is_gone()
    {
        var all = string.Join("\n", Article.Passages.Select(p => p.Text.Text));
        Assert.Contains("German Chancellor Olaf Scholz's spokesman said", all, StringComparison.Ordinal);
        Assert.Contains("Speaking to Bild, Zelenskyy stated", all, StringComparison.Ordinal);

        // Wiki italics are markup: gone from the clean text, with the scrape's space inside the opening mark.
        Assert.Contains("the Financial Times reported", all, StringComparison.Ordinal);
        Assert.DoesNotContain("''", all, StringComparison.Ordinal);

        // Wiki italics are markup: gone from the clean text, with the scrape's space inside the opening mark.
        Assert.Contains("the Financial Times reported", all, StringComparison.Ordinal);
        Assert.DoesNotContain("''", all, StringComparison.Ordinal);
        Assert.Contains("in Jeddah focusing on Ukrainian President", all, StringComparison.Ordinal);
        Assert.Contains("Andrii Sybiha, deputy head of Zelenskyy’s office", all, StringComparison.Ordinal);
    }

    [Fact]
    public void No_gloss_text_is_left_in_any_passage()
    {
        var raw = Article.Source.Raw;
        foreach (var passage in Article.Passages)
        {
            // The source's own ellipsis ("this way ... it is a trap") stays; a gloss's " ..." ends its raw line.
            for (var at = passage.Text.Text.IndexOf(" ...", StringComparison.Ordinal); at >= 0; at = passage.Text.Text.IndexOf(" ...", at + 1, StringComparison.Ordinal))
            {
                var (_, end) = passage.Text.ToRaw(at, 4);
                Assert.True(end < raw.Length && raw[end] is not ('\n' or '\r'), $"gloss ending left in passage {passage.Index}");
            }

            Assert.DoesNotMatch(@"\b(\p{Lu}\p{L}+) \1\b", passage.Text.Text);
            Assert.DoesNotContain("born ", passage.Text.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_clean_character_maps_back_to_the_same_raw_character()
    {
        var raw = Article.Source.Raw;
        foreach (var passage in Article.Passages)
        {
            for (var i = 0; i < passage.Text.Length; i++)
            {
                var (start, end) = passage.Text.ToRaw(i, 1);
                var c = passage.Text.Text[i];
                Assert.True(raw[start..end] == c.ToString() || (c == ' ' && raw[start..end] == "\n"), $"passage {passage.Index} char {i}");
            }
        }
    }

    [Fact]
    public void Headings_nest_years_in_the_timeline_and_months_in_the_years()
    {
        var path = (string heading) => string.Join(" > ", Article.PathOf(Article.Sections.Single(s => s.Heading == heading).Index).Select(s => s.Heading));
        Assert.Equal("Timeline > 2023 > June 2023", path("June 2023"));
        Assert.Equal("Timeline > Early negotiations (24 February to 7 April 2022) > First round (28 February)", path("First round (28 February)"));
        Assert.Equal("Negotiating positions > Russia", path("Russia"));
        Assert.Equal("Timeline > Remainder of 2022 > May 2022", path("May 2022"));
        Assert.Equal("Chinese peace proposal", path("Chinese peace proposal"));
    }

    [Fact]
    public void A_short_line_alone_becomes_a_heading_wherever_it_is()
    {
        var source = new SourceFile("made-up.txt",
            "HOME\n\nTheInfoList\n\nOR:\n\nThe parties met in Geneva on 4 April 2031 and agreed to meet again, as both delegations wished to continue the process.\n\n\n2031\n\n\nMarch 2031\n\nOn 5 March the delegations exchanged drafts and prisoners in a long session that ended late in the night with a statement.\n\n\nSee also\n\n* Something\n",
            "0");
        var document = Segmenter.Segment(source);
        Assert.Equal(["2031", "March 2031"], document.Sections.Select(s => s.Heading));
        Assert.Equal(0, document.Sections[1].ParentIndex);
        Assert.Equal(2, document.Passages.Count);
    }

    [Fact]
    public void A_document_with_only_headings_is_refused_with_its_name()
    {
        var source = new SourceFile("headings.txt", "HOME\n\nBackground\n\n\nTimeline\n\n\nMay 2022\n", "0");
        var error = Assert.Throws<ImportException>(() => Segmenter.Segment(source));
        Assert.Contains("headings.txt", error.Message, StringComparison.Ordinal);
    }
}
