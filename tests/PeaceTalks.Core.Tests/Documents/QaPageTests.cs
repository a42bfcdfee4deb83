using System.Text;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Documents;

public class QaPageTests
{
    private const string Page = """
        ---
        id: 7
        date: 2031-05-02
        title: >-
            What happened at the Geneva talks?
        question: >-
            What happened at the Geneva talks?
        answer: >-
            As of April 2031, talks **continue**.\n\n1. **Venue**: The delegations met in Geneva.\n2. **Outcome**: No deal was reached.
        subject: History
        url: /q/geneva
        related_article1:
            id: 8
            title: >-
                Who hosted the talks?
            subject: History
            url: /q/host
        ---

        &nbsp;
        """;

    private static SourceFile Source(string text, string name = "page.md") => SourceFileReader.Decode(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_page_with_front_matter_is_a_qa_page_whatever_its_name() =>
        Assert.Equal("QaMarkdown", DocumentReaders.Detect(Source(Page, "notes.txt")).Format);

    [Fact]
    public void The_answer_is_unescaped_rendered_and_split_into_claims_with_their_labels_apart()
    {
        var document = Segmenter.Segment(Source(Page));
        Assert.Equal(["As of April 2031, talks continue.", "The delegations met in Geneva.", "No deal was reached."],
            document.Passages.Select(p => p.Text.Text));
        Assert.Equal([null, "Venue", "Outcome"], document.Passages.Select(p => p.Label?.Text));
        Assert.Equal("What happened at the Geneva talks?", document.Title);
        Assert.Equal(new OwnDate(new DateOnly(2031, 5, 2), "published"), document.OwnDate);
        Assert.Equal("Who hosted the talks?", Assert.Single(document.Info.RelatedArticles).Title);
    }

    [Fact]
    public void Each_claim_maps_to_its_raw_characters()
    {
        var source = Source(Page);
        var document = Segmenter.Segment(source);
        var venue = document.Passages[1].Text;
        var at = venue.Text.IndexOf("The delegations", StringComparison.Ordinal);
        var (start, end) = venue.ToRaw(at, "The delegations met in Geneva".Length);
        Assert.Equal("The delegations met in Geneva", source.Raw[start..end]);
    }

    [Fact]
    public void The_seed_page_gives_its_claims_with_markdown_removed()
    {
        var document = Segmenter.Segment(Seeds.Qa);
        Assert.Equal(7, document.Passages.Count);
        Assert.StartsWith("A summit involving around 50 countries", document.Passages[1].Text.Text, StringComparison.Ordinal);
        Assert.Equal("Current Peace Talks", document.Passages[1].Label?.Text);
        Assert.All(document.Passages, p => Assert.DoesNotContain("**", p.Text.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_front_matter_is_a_clear_error()
    {
        var error = Assert.Throws<ImportException>(() => Segmenter.Segment(Source("---\nid: 1\nquestion: >-\n    Why?\n")));
        Assert.Contains("page.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_names_its_line()
    {
        var error = Assert.Throws<ImportException>(() => Segmenter.Segment(Source("---\nid: 1\ndate: yesterday\nquestion: Why?\nanswer: Because.\n---\n")));
        Assert.Contains("page.md:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("yesterday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_that_is_not_text_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => Segmenter.Segment(Source("---\nquestion: Why?\nanswer:\n  - one\n  - two\n---\n")));
        Assert.Contains("'answer' field is not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        var error = Assert.Throws<ImportException>(() => Segmenter.Segment(Source("---\nquestion: Why?\nanswer: \"unclosed\n  b: [\n---\n")));
        Assert.Matches(@"page\.md:\d+: the YAML front matter is invalid", error.Message);
    }
}
