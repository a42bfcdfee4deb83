using System.Globalization;
using System.Text.Json;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using Xunit.Abstractions;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The article's named proposals, demands, plans and offers against the hand-checked
/// <c>Fixtures/article-proposals.json</c>. A found proposal stands for an expected one when one of its
/// mentions holds, or lies inside, the expected quote's sentence words (one-to-one, first come first served in
/// document order). It is right when its proposers are the expected ones, its date agrees at the expected
/// precision (no date where the text gives none), and its points are the text's: as many, each expected point
/// sharing most of its words with the found point of its place.
/// </summary>
public class ProposalFixtureTests(ITestOutputHelper output)
{
    // Issue 12's bar is 25 found and 90% of them right, and it is NOT met yet (19 found, 4 right on 2 December 2026).
    // These floors are the level reached so far, so that no change to the reading rules loses ground unnoticed;
    // raise them as the rules improve, and issue 12 stays open until they read 25 and 0.90.
    private const int MinimumFound = 19;
    private const double MinimumRight = 0.20;

    [Fact]
    public void The_fixture_is_sound()
    {
        var raw = Seeds.Article.Raw;
        var fixture = Fixture.Load();
        Assert.True(fixture.Proposals.Count >= 30, $"{fixture.Proposals.Count} expected proposals");
        foreach (var proposal in fixture.Proposals)
        {
            Assert.Contains(proposal.Quote, raw, StringComparison.Ordinal);
            Assert.NotEmpty(proposal.Proposers);
        }
    }

    [Fact]
    public void The_articles_named_proposals_are_found_with_proposers_dates_and_points()
    {
        var raw = Seeds.Article.Raw;
        var fixture = Fixture.Load();
        var proposals = DocumentExtractor.Extract(Segmenter.Segment(Seeds.Article), Gazetteer.Default, TopicTagger.Default).Proposals.ToList();
        var taken = new HashSet<int>();
        var found = 0;
        var right = 0;
        foreach (var expected in fixture.Proposals)
        {
            var start = raw.IndexOf(expected.Quote, StringComparison.Ordinal);
            var end = start + expected.Quote.Length;
            var index = proposals.FindIndex(p => !taken.Contains(proposals.IndexOf(p))
                && p.Mentions.Append(p.Span).Any(m => m.RawStart < end && start < m.RawEnd));
            if (index < 0)
            {
                output.WriteLine($"missed: {expected.Name}");
                continue;
            }

            taken.Add(index);
            found++;
            var proposal = proposals[index];
            var problems = new List<string>();
            if (!expected.Proposers.Order().SequenceEqual(proposal.Proposers.Order()))
            {
                problems.Add($"proposers [{string.Join(", ", proposal.Proposers)}], expected [{string.Join(", ", expected.Proposers)}]");
            }

            if (!SameDate(expected, proposal))
            {
                problems.Add($"date {proposal.DateStart:yyyy-MM-dd} {proposal.Precision}, expected {expected.Date} {expected.Precision}");
            }

            if (proposal.Points.Count != expected.Points.Count
                || !expected.Points.Zip(proposal.Points).All(pair => Overlap(pair.First, pair.Second.Text) >= 0.6))
            {
                problems.Add($"{proposal.Points.Count} points [{string.Join(" | ", proposal.Points.Select(p => p.Text))}], expected {expected.Points.Count}");
            }

            if (problems.Count == 0)
            {
                right++;
            }

            output.WriteLine($"{(problems.Count == 0 ? "right" : "wrong")}: {expected.Name} = '{proposal.Name}' {string.Join("; ", problems)}");
        }

        foreach (var extra in proposals.Where((_, i) => !taken.Contains(i)))
        {
            output.WriteLine($"not in the fixture: '{extra.Name}' {extra.DateStart:yyyy-MM-dd}");
        }

        var share = found == 0 ? 0 : (double)right / found;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"expected {fixture.Proposals.Count}, extracted {proposals.Count}, found {found}, right {right} ({share:P0})"));
        Assert.True(found >= MinimumFound, $"{found} found < {MinimumFound}");
        Assert.True(share >= MinimumRight, $"{share:P0} right < {MinimumRight:P0}");
    }

    private static double Overlap(string expected, string found)
    {
        var words = Words(expected);
        return words.Count == 0 ? 1 : (double)words.Count(Words(found).Contains) / words.Count;
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '"', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();

    private static bool SameDate(ExpectedProposal expected, ExtractedProposal actual)
    {
        if (expected.Date is null)
        {
            return actual.DateStart is null;
        }

        var date = DateOnly.ParseExact(expected.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return actual.DateStart is { } start && expected.Precision switch
        {
            "day" => start == date,
            "month" or "part" => start.Year == date.Year && start.Month == date.Month,
            _ => start.Year == date.Year,
        };
    }

    private sealed record Fixture(string Document, IReadOnlyList<ExpectedProposal> Proposals)
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public static Fixture Load() =>
            JsonSerializer.Deserialize<Fixture>(File.ReadAllText(Seeds.FixturePath("article-proposals.json")), Options)!;
    }

    private sealed record ExpectedProposal(string Name, IReadOnlyList<string> Proposers, string? Date, string? Precision, string Quote, IReadOnlyList<string> Points);
}
