using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Segmenting;

/// <summary>
/// Turns a read document's blocks into the outline every format shares: each heading opens a section
/// inside the nearest heading above it of a lower level; every other block is a passage of the section
/// it stands in; each passage is split into sentences, once.
/// </summary>
public static class Segmenter
{
    public static SegmentedDocument Segment(ReadDocument document)
    {
        var sections = new List<SectionSpan>();
        var passages = new List<PassageSpan>();
        var sentences = new List<Sentence>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                int? parent = null;
                for (var j = sections.Count - 1; j >= 0; j--)
                {
                    if (sections[j].Level < block.Level)
                    {
                        parent = j;
                        break;
                    }
                }

                sections.Add(new SectionSpan(sections.Count, block.Text.Text, block.Level, parent, block.Line, block.Text.RawStart, block.Text.RawEnd));
                continue;
            }

            var passage = new PassageSpan(passages.Count, sections.Count > 0 ? sections.Count - 1 : null, block.Line, block.Text, block.Kind, block.Label, block.OuterLabels);
            var split = SentenceSplitter.Split(block.Text.Text);
            var first = sentences.Count;
            passage = passage with { FirstSentence = first, SentenceCount = split.Count };
            for (var i = 0; i < split.Count; i++)
            {
                sentences.Add(new Sentence(passage, split[i].Start, split[i].Length, first + i));
            }

            passages.Add(passage);
        }

        return new SegmentedDocument(document.Source, document.Format, document.Title, document.OwnDate, document.Info, sections, passages, sentences, document.Warnings);
    }

    /// <summary>Reads, cleans and segments a file, whatever its format.</summary>
    public static SegmentedDocument Segment(SourceFile source) => Segment(DocumentReaders.Read(source));
}
