using System.Text;
using BenchmarkDotNet.Attributes;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Benchmarks;

/// <summary>
/// The import's pure stages on one document: decode (bytes → text, SHA-256), segment (format detection,
/// cleaning of glosses, header and tail, sections, passages) and extract (dates, parties, events, rounds,
/// proposals, positions, topics). The article also runs cut to its first quarter and half (at a paragraph
/// break), so the time per kilobyte shows whether a stage grows faster than the text.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private byte[] bytes = [];
    private SourceFile source = null!;
    private SegmentedDocument segmented = null!;

    [Params("qa", "article-25%", "article-50%", "article")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(BenchData.Seed(Document == "qa" ? "002" : "000"), Encoding.UTF8);
        if (Document.StartsWith("article-", StringComparison.Ordinal))
        {
            var share = int.Parse(Document["article-".Length..^1], System.Globalization.CultureInfo.InvariantCulture) / 100.0;
            var cut = text.IndexOf("\n\n", (int)(text.Length * share), StringComparison.Ordinal);
            text = text[..cut] + "\n";
        }

        bytes = Encoding.UTF8.GetBytes(text);
        source = SourceFileReader.Decode(Document + ".txt", bytes);
        segmented = Segmenter.Segment(source);
    }

    [Benchmark]
    public SourceFile Decode() => SourceFileReader.Decode(Document + ".txt", bytes);

    [Benchmark]
    public SegmentedDocument Segment() => Segmenter.Segment(source);

    [Benchmark]
    public ExtractionResult Extract() => DocumentExtractor.Extract(segmented, Gazetteer.Default, TopicTagger.Default);
}
