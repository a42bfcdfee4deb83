using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// A plain-text scrape of an encyclopedia article, its hyperlinks expanded into gloss lines. It is
/// recognised as prose with no front matter: at least one line of sentence length.
/// </summary>
public sealed class EncyclopediaScrapeReader : IDocumentReader
{
    public string Format => "EncyclopediaScrape";

    public bool Recognizes(SourceFile source) =>
        !FrontMatter.Opens(source.Raw) && source.Raw.Split('\n').Any(line => line.Length >= 120 && line.Count(c => c == ' ') >= 15);

    public ReadDocument Read(SourceFile source)
    {
        var scrape = ScrapeCleaner.Clean(source);
        if (!scrape.Blocks.Any(b => !b.IsHeading))
        {
            throw new ImportException(source.Where, null, "the article has no paragraphs of text (only headings or boilerplate).",
                "Check that this is the whole article.");
        }

        var levels = HeadingLevels(scrape.Blocks);
        var blocks = scrape.Blocks
            .Select((b, i) => b.IsHeading
                ? new Block(BlockKind.Heading, levels[i], b.Text, b.Line.Number)
                : new Block(BlockKind.Paragraph, 0, b.Text, b.Line.Number))
            .ToList();
        var title = scrape.Title ?? scrape.Blocks.FirstOrDefault(b => b.IsHeading)?.Text.Text ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ReadDocument(source, Format, title, null, new DocumentInfo(), blocks, scrape.Warnings);
    }

    /// <summary>
    /// The scrape loses heading levels. They are recovered from shape and order: a plain heading with
    /// no text of its own ("Negotiating positions", "Timeline") opens a part; periods ("2023",
    /// "Early negotiations (24 February to 7 April 2022)") sit inside it; months and dated rounds
    /// ("May 2022", "First round (28 February)") inside the period.
    /// </summary>
    private static Dictionary<int, int> HeadingLevels(IReadOnlyList<ScrapeBlock> blocks)
    {
        var levels = new Dictionary<int, int>();
        int? part = null;           // the level of an empty plain heading that opened a part
        var partIsPrevious = false;
        var plainChildLevel = 0;    // level of plain headings inside the current part
        int? period = null;         // the level of the current period heading
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsHeading)
            {
                partIsPrevious = false;
                continue;
            }

            var text = blocks[i].Text.Text;
            var empty = i + 1 >= blocks.Count || blocks[i + 1].IsHeading;
            int level;
            switch (HeadingShapes.Of(text))
            {
                case HeadingShape.Period:
                    level = (part ?? 0) + 1;
                    period = level;
                    break;
                case HeadingShape.Dated:
                    level = (period ?? part ?? 0) + 1;
                    break;
                default:
                    if (part is { } open && (partIsPrevious || (plainChildLevel > 0 && !empty)))
                    {
                        level = open + 1;
                        plainChildLevel = level;
                    }
                    else
                    {
                        level = 1;
                        // "June 2024 Ukraine peace conference" with no text is an event whose text was lost, not a part.
                        part = empty && !HeadingShapes.HasYear(text) ? 1 : null;
                        plainChildLevel = 0;
                        period = null;
                    }

                    break;
            }

            partIsPrevious = part is not null && level == 1 && part == 1;
            levels[i] = level;
        }

        return levels;
    }
}
