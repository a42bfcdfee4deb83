namespace PeaceTalks.Core.Documents;

public enum DocumentFormat
{
    /// <summary>A plain-text scrape of an encyclopedia article, hyperlinks expanded into gloss lines.</summary>
    EncyclopediaScrape,

    /// <summary>A Q&amp;A page: YAML front matter whose <c>answer</c> holds Markdown.</summary>
    QaMarkdown,
}
