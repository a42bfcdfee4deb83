using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

public static class DocumentSegmenter
{
    public static SegmentedDocument Segment(SourceFile source) => FormatDetector.Detect(source) switch
    {
        DocumentFormat.QaMarkdown => QaSegmenter.Segment(source),
        _ => ScrapeSegmenter.Segment(source),
    };
}
