using System.Text;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>Small documents written around a sentence of a real one, read by the whole pipeline: the rule tests' material.</summary>
public static class WrittenDocuments
{
    /// <summary>A Markdown article with front matter (the Wikipedia corpus's format) of the given body.</summary>
    public static ExtractionResult Article(string body, string subject = "A battle", string pubDate = "2023-07-10") =>
        Extract($"---\nsubject: {subject}\nshortDescription: x\ndescription: x\nauthor: Wikipedia\npubDate: {pubDate}\n---\n\n{body}\n");

    /// <summary>A Q&amp;A page (the quicktakes corpus's format) whose answer is the given Markdown.</summary>
    public static ExtractionResult QaPage(string answer, string date = "2024-11-20") =>
        Extract($"---\nid: 1\ndate: {date}\ntitle: >-\n    A question?\nquestion: >-\n    A question?\nanswer: >-\n    {answer.Replace("\n", "\\n", StringComparison.Ordinal)}\nsubject: History\n---\n");

    private static ExtractionResult Extract(string text) =>
        DocumentExtractor.Extract(Segmenter.Segment(SourceFileReader.Decode("doc.md", Encoding.UTF8.GetBytes(text))), Gazetteer.Default, TopicTagger.Default);
}
