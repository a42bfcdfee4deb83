using System.Text;
using PeaceTalks.Core.Cleaning;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Segmenting;

/// <summary>
/// Generated cases: the cleaners, segmenters and extractors never fail on arbitrary text. A document
/// may be refused, with an <see cref="ImportException"/>; nothing else may escape.
/// </summary>
public class ArbitraryInputTests
{
    private static readonly string[] Pieces =
    [
        "HOME", "TheInfoList", "OR:", "---", "question: Why?", "answer: >-", "\\n", "# ", "## ", "**", " ...", "...", "\n", "\n\n", "\r\n", " ", ",", ".", "'s",
        "''", "\"", "(", ")", ":", "–", "On 3 March", "28 February 2022", "between 13 and 18 May", "late March 2022", "the week of 9 May 2022", "31 February 2023",
        "Zelenskyy", "Kremlin", "Putin said", "peace plan", "10-point", "Olaf Scholz Olaf Scholz (; born ) is a ...", "Jeddah Jeddah ( ), also spelled ...",
        "Armed Forces of Ukraine , imports = , ...", "See also", "{{DEFAULTSORT:x", "Москва", "日本", "\u0000", "\uFFFD", "\uD800", "🙂", "\t", "2024", "May 2022",
    ];

    public static IEnumerable<object[]> Texts()
    {
        var random = new Random(240224);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < 400)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x3000) : Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(' ').Append(new string('w', random.Next(1, 12)));
                }
            }

            // Each case once: xunit would otherwise drop a repeated one.
            if (seen.Add(builder.ToString()))
            {
                yield return [builder.ToString()];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Arbitrary_text_is_read_or_refused_never_failed(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var length = GlossLine.LinkTextLength(line);
            Assert.InRange(length, 0, line.Length);
        }

        foreach (var (start, length) in SentenceSplitter.Split(text))
        {
            Assert.InRange(start + length, 0, text.Length);
        }

        var source = new SourceFile("arbitrary.txt", text, "0");
        foreach (var asQa in new[] { false, true })
        {
            try
            {
                var document = asQa ? Segmenter.Segment(source with { Raw = "---\nquestion: Why?\nanswer: >-\n    " + text.Replace("\n", " ", StringComparison.Ordinal) + "\n---\n" })
                    : Segmenter.Segment(source);
                var result = DocumentExtractor.Extract(document, Gazetteer.Default, TopicTagger.Default);
                foreach (var e in result.Events)
                {
                    Assert.InRange(e.Span.RawStart, 0, e.Span.RawEnd);
                    Assert.InRange(e.Span.RawEnd, e.Span.RawStart, document.Source.Raw.Length);
                }
            }
            catch (ImportException refused)
            {
                Assert.Contains("arbitrary.txt", refused.Message, StringComparison.Ordinal);
            }
        }
    }
}
