using System.Globalization;
using System.Text.Json;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using Xunit.Abstractions;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The article's rounds against the hand-checked <c>Fixtures/article-rounds.json</c>: every round found,
/// dated as the text dates it, with its place and format only as the text gives them. A round matches an
/// expected one when its first day falls inside the expected days; its place is right when one of the two
/// place phrases holds the other ("Antalya, Turkey" for "Antalya"), and no place is right only where the
/// text gives none; the format likewise ("via video conference" is the only one the article states).
/// </summary>
public class RoundFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void The_fixture_is_sound()
    {
        var raw = Seeds.Article.Raw;
        var fixture = Fixture.Load();
        Assert.True(fixture.Rounds.Count >= 10, $"{fixture.Rounds.Count} expected rounds");
        foreach (var round in fixture.Rounds)
        {
            Assert.Contains(round.Quote, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_round_has_the_date_place_and_format_the_text_gives()
    {
        var fixture = Fixture.Load();
        var rounds = DocumentExtractor.Extract(Segmenter.Segment(Seeds.Article), Gazetteer.Default, TopicTagger.Default).Rounds;
        foreach (var round in rounds)
        {
            output.WriteLine($"found: {round.DateStart:yyyy-MM-dd}..{round.DateEnd:yyyy-MM-dd} {round.Precision} '{round.Name}' place '{round.Place}' format '{round.Format}'");
        }

        var wrong = new List<string>();
        foreach (var expected in fixture.Rounds)
        {
            var first = Day(expected.Date);
            var last = expected.DateEnd is { } end ? Day(end) : first;
            var found = rounds.FirstOrDefault(r => r.DateStart is { } d && first <= d && d <= last);
            if (found is null)
            {
                wrong.Add($"missing: {expected.Name} ({expected.Date})");
                continue;
            }

            if (found.Precision?.ToString().ToLowerInvariant() != expected.Precision)
            {
                wrong.Add($"precision: {expected.Name}: {found.Precision}, the text gives {expected.Precision}");
            }

            if (!SamePhrase(expected.Place, found.Place))
            {
                wrong.Add($"place: {expected.Name}: '{found.Place}', the text gives '{expected.Place}'");
            }

            if (!SamePhrase(expected.Format, found.Format))
            {
                wrong.Add($"format: {expected.Name}: '{found.Format}', the text gives '{expected.Format}'");
            }
        }

        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }

        Assert.Empty(wrong);
    }

    private static bool SamePhrase(string? expected, string? found) =>
        expected is null ? found is null
        : found is not null && (expected.Contains(found, StringComparison.OrdinalIgnoreCase) || found.Contains(expected, StringComparison.OrdinalIgnoreCase));

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Fixture(string Document, IReadOnlyList<ExpectedRound> Rounds)
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public static Fixture Load() =>
            JsonSerializer.Deserialize<Fixture>(File.ReadAllText(Seeds.FixturePath("article-rounds.json")), Options)!;
    }

    private sealed record ExpectedRound(string Name, string Date, string? DateEnd, string Precision, string? Place, string? Format, string Quote);
}
