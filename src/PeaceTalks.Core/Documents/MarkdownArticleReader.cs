using PeaceTalks.Core.Cleaning;
using YamlDotNet.RepresentationModel;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// A Markdown article with YAML front matter: the title is its <c>subject</c>, the text its Markdown
/// body. <c>pubDate</c> is when the page was made, not the date of anything it tells; <c>description</c>
/// repeats the lead, so it is shown beside the article and is not a second source of events.
/// </summary>
public sealed class MarkdownArticleReader : IDocumentReader
{
    public string Format => "MarkdownArticle";

    public bool Recognizes(SourceFile source) =>
        FrontMatter.Opens(source.Raw) && !FrontMatter.HasKey(source.Raw, "answer") && !FrontMatter.HasKey(source.Raw, "question");

    public ReadDocument Read(SourceFile source)
    {
        var header = FrontMatter.Parse(source);
        var titleNode = (header.Field("subject") ?? header.Field("title")) as YamlScalarNode;
        if (titleNode?.Value is not { } subject || subject.Trim().Length == 0)
        {
            throw new ImportException(source.Where, source.LineOf(header.Start), "the article's front matter has neither 'subject' nor 'title'.",
                "A Markdown article names its subject in the front matter ('subject: Battle of …').");
        }

        var title = QaPageReader.MapScalar(source.Raw, header.Start, titleNode).Trim();
        var blocks = new List<Block> { new(BlockKind.Heading, 1, title, source.LineOf(title.RawStart)) };
        var body = new CleanText.Builder().Append(source.Raw, header.BodyStart, source.Raw.Length - header.BodyStart).Build();
        blocks.AddRange(MarkdownCleaner.Clean(body, source));
        if (blocks.Count == 1)
        {
            throw new ImportException(source.Where, source.LineOf(header.BodyStart), "the article has no text after its front matter.", "Check that this is the whole article.");
        }

        var date = header.Date("pubDate");
        var info = new DocumentInfo(header.Text("url"), header.Text("shortDescription"), header.Text("description"));
        return new ReadDocument(source, Format, subject.Trim(), date is { } d ? new OwnDate(d, "page made") : null, info, blocks, []);
    }
}
