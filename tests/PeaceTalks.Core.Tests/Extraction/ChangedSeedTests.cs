using System.Text.RegularExpressions;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The importer reads, it does not remember: the article with every year moved and places renamed
/// must give the same events, moved by the same years, and the same rounds, renamed.
/// </summary>
public partial class ChangedSeedTests
{
    private const int Shift = 7;

    private static ExtractionResult Extract(string raw) =>
        DocumentExtractor.Extract(Segmenter.Segment(new SourceFile("article.txt", raw, "0")), Gazetteer.Default, TopicTagger.Default);

    [Fact]
    public void Moving_every_year_moves_every_event_by_the_same_years()
    {
        var original = Seeds.Article.Raw;
        var shifted = Year().Replace(original, m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + Shift).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var before = Extract(original);
        var after = Extract(shifted);

        Assert.Equal(before.Events.Count, after.Events.Count);
        foreach (var (a, b) in before.Events.Zip(after.Events))
        {
            Assert.Equal(a.DateStart?.AddYears(Shift), b.DateStart);
            Assert.Equal(a.Precision, b.Precision);
            Assert.Equal(a.Kind, b.Kind);
        }

        Assert.Equal(before.Proposals.Select(p => p.Points.Count), after.Proposals.Select(p => p.Points.Count));
        Assert.Equal(before.Rounds.Count, after.Rounds.Count);
    }

    [Fact]
    public void Renaming_places_renames_the_rounds_places_and_keeps_the_rest()
    {
        var original = Seeds.Article.Raw;
        var renamed = original.Replace("Istanbul", "Lisbon", StringComparison.Ordinal).Replace("Antalya", "Valletta", StringComparison.Ordinal);
        var before = Extract(original);
        var after = Extract(renamed);

        Assert.Equal(before.Events.Count, after.Events.Count);
        Assert.Contains(before.Rounds, r => r.Place == "Istanbul");
        Assert.Contains(after.Rounds, r => r.Place == "Lisbon");
        Assert.Contains(after.Rounds, r => r.Name == "Valletta Diplomacy Forum");
        Assert.Contains(after.Proposals, p => p.Name == "Lisbon Communiqué" && p.Points.Count >= 4);
    }

    [GeneratedRegex(@"(?<![\d.,$-])\b(?:19|20)\d\d\b(?![\d%])")]
    private static partial Regex Year();
}
