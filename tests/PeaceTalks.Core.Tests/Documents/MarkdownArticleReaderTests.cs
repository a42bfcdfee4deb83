using System.Text;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Documents;

/// <summary>The third format: a Markdown article with YAML front matter, in the shape of ../shared/corpus/wikipedia-markdown-ukraine.</summary>
public class MarkdownArticleReaderTests
{
    private const string Article = """
        ---
        subject: Battle of Nova Vodolaha
        shortDescription: Battle in the 2022 Russian invasion of Ukraine
        description: The Battle of Nova Vodolaha was fought in the town of Nova Vodolaha
          in March 2022. Russian forces withdrew on 29 March 2022.
        author: Wikipedia
        pubDate: 2023-07-19
        img: /FileNova.jpg
        ---

        The **Battle of Nova Vodolaha** was fought in March 2022 between Russian and Ukrainian forces.

        ## Battle
        ![A destroyed tank near the town](https://wikipedia.org/wiki/Special:Redirect/file/Tank.jpg?)
        On 3 March 2022, Russian forces entered the [town](https://example.org/town) from the north.

        ### Withdrawal (late March 2022)
        Russian forces withdrew towards Kharkiv.

         * The bridge over the river was blown up.

        | Side | Losses |
        | --- | --- |
        | Russia | 12 tanks |

        ## See also
         * Battle of Kharkiv

        ## References
        49.46583°N, 36.86778°W## References[object Object]
        [object Object]
        """;

    private static SourceFile Source(string text, string name = "article.md") => SourceFileReader.Decode(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Front_matter_without_an_answer_is_a_markdown_article_whatever_its_name() =>
        Assert.Equal("MarkdownArticle", DocumentReaders.Detect(Source(Article, "notes.txt")).Format);

    [Fact]
    public void The_title_is_the_subject_and_the_page_date_is_the_documents_own_date()
    {
        var document = Segmenter.Segment(Source(Article));
        Assert.Equal("Battle of Nova Vodolaha", document.Title);
        Assert.Equal(new OwnDate(new DateOnly(2023, 7, 19), "page made"), document.OwnDate);
        Assert.StartsWith("The Battle of Nova Vodolaha was fought in the town", document.Info.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_nest_and_images_links_markup_and_the_references_tail_are_not_text()
    {
        var document = Segmenter.Segment(Source(Article));
        Assert.Equal(["Battle of Nova Vodolaha", "Battle", "Withdrawal (late March 2022)"], document.Sections.Select(s => s.Heading));
        Assert.Equal([null, 0, 1], document.Sections.Select(s => s.ParentIndex));
        var texts = document.Passages.Select(p => p.Text.Text).ToList();
        Assert.Contains("On 3 March 2022, Russian forces entered the town from the north.", texts);
        Assert.Contains("The bridge over the river was blown up.", texts);
        Assert.Contains("Russia · 12 tanks", texts);
        Assert.DoesNotContain(texts, t => t.Contains("destroyed tank", StringComparison.Ordinal) || t.Contains("**", StringComparison.Ordinal)
            || t.Contains("Battle of Kharkiv", StringComparison.Ordinal) || t.Contains("object Object", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_clean_character_maps_to_the_raw_character_it_came_from()
    {
        var source = Source(Article);
        foreach (var passage in Segmenter.Segment(source).Passages)
        {
            for (var i = 0; i < passage.Text.Length; i++)
            {
                if (char.IsLetterOrDigit(passage.Text.Text[i]))
                {
                    Assert.Equal(passage.Text.Text[i], source.Raw[passage.Text.ToRaw(i, 1).Start]);
                }
            }
        }
    }

    [Fact]
    public void The_description_is_no_second_source_and_a_dated_heading_dates_what_is_under_it()
    {
        var events = DocumentExtractor.Extract(Segmenter.Segment(Source(Article)), Gazetteer.Default, TopicTagger.Default).Events;
        Assert.DoesNotContain(events, e => e.DateStart == new DateOnly(2022, 3, 29));
        var withdrew = Assert.Single(events, e => e.Summary == "Russian forces withdrew towards Kharkiv.");
        Assert.Equal(new DateOnly(2022, 3, 21), withdrew.DateStart);
        Assert.Equal(DateSource.Heading, withdrew.DateFrom);
        Assert.Contains(events, e => e.DateStart == new DateOnly(2022, 3, 3) && e.Summary.StartsWith("On 3 March 2022", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.DateStart == new DateOnly(2023, 7, 19));
    }

    [Fact]
    public void An_article_without_a_subject_is_refused_with_its_name() =>
        Assert.Contains("article.md:", Assert.Throws<ImportException>(() => Segmenter.Segment(Source("---\nauthor: Wikipedia\n---\n\nSome text of the article goes here.\n"))).Message,
            StringComparison.Ordinal);
}
