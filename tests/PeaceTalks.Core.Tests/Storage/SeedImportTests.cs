using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Core.Tests.Storage;

public class SeedImportTests(ImportedSeeds seeds) : IClassFixture<ImportedSeeds>
{
    [Fact]
    public void Both_seeds_give_at_least_ninety_events()
    {
        Assert.Equal(2, seeds.Summary.Documents);
        // The seeds give 210 events; the range allows for better reading, not for losing half of them.
        Assert.InRange(seeds.Export.Events.Count, 180, 240);
        Assert.Contains(seeds.Export.Events, e => e.Document.StartsWith("002_", StringComparison.Ordinal));
    }

    [Fact]
    public void The_peace_formula_has_exactly_its_ten_points()
    {
        var formula = Assert.Single(seeds.Export.Proposals, p => p.Points.Count == 10 && p.Proposers.SequenceEqual(["Ukraine"]));
        Assert.Equal("Safety of the Zaporizhzhia nuclear power plant", formula.Points[0]);
        Assert.Equal("A multilateral peace conference", formula.Points[9]);
    }

    [Fact]
    public void At_least_eight_proposals_come_with_their_points()
    {
        var withPoints = seeds.Export.Proposals.Where(p => p.Points.Count >= 2).ToList();
        Assert.True(withPoints.Count >= 8, string.Join("; ", seeds.Export.Proposals.Select(p => $"{p.Name} ({p.Points.Count})")));
        Assert.Contains(withPoints, p => p.Name.Contains("Istanbul Communiqué", StringComparison.Ordinal));
        Assert.Contains(withPoints, p => p.Proposers.Contains("China") && p.Name.Contains("12-point", StringComparison.Ordinal));
        Assert.Contains(withPoints, p => p.Proposers.Contains("Russia") && p.DateStart == new DateOnly(2024, 6, 14));
    }

    [Fact]
    public void Russia_and_Ukraine_have_positions()
    {
        Assert.Contains(seeds.Export.Positions, p => p.Party == "Russia");
        Assert.Contains(seeds.Export.Positions, p => p.Party == "Ukraine");
    }

    [Fact]
    public void The_rounds_of_talks_are_found()
    {
        var rounds = seeds.Export.Events.Where(e => e.Round is not null).Select(e => e.Round!).Distinct().ToList();
        Assert.Contains("First round", rounds);
        Assert.Contains("Fifth round", rounds);
        Assert.Contains("Antalya Diplomacy Forum", rounds);
        Assert.Contains(rounds, r => r.Contains("Copenhagen", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_quote_is_the_raw_text_at_its_offsets()
    {
        var spans = seeds.Export.Events.Select(e => (e.Document, e.SourceStart, e.SourceEnd, e.Quote))
            .Concat(seeds.Export.Proposals.Select(p => (p.Document, p.SourceStart, p.SourceEnd, p.Quote)))
            .Concat(seeds.Export.Positions.Select(p => (p.Document, p.SourceStart, p.SourceEnd, p.Quote)))
            .ToList();
        Assert.NotEmpty(spans);
        foreach (var (document, start, end, quote) in spans)
        {
            Assert.Equal(seeds.Raw[document].Substring(start, end - start), quote);
        }
    }

    [Fact]
    public async Task Every_point_quote_is_the_raw_text_at_its_offsets()
    {
        await using var db = seeds.Store.Open();
        var points = await db.ProposalPoints.AsNoTracking().Select(p => new { p.Quote, p.SourceStart, p.SourceEnd, p.Proposal!.Document!.RawText }).ToListAsync();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal(p.RawText[p.SourceStart..p.SourceEnd], p.Quote));
    }

    [Fact]
    public async Task No_gloss_text_in_any_title_summary_or_passage()
    {
        await using var db = seeds.Store.Open();
        var texts = await db.Events.Select(e => e.Title).Concat(db.Events.Select(e => e.Summary)).Concat(db.Passages.Select(p => p.Text)).ToListAsync();
        foreach (var text in texts)
        {
            Assert.False(text.EndsWith(" ...", StringComparison.Ordinal), text);
            Assert.DoesNotMatch(@"\b(\p{Lu}\p{L}{2,}) \1\b", text);
            Assert.DoesNotMatch(@"\(\s*;?\s*born\b", text);
        }
    }

    [Fact]
    public void A_date_in_passing_dates_its_statement_not_the_section()
    {
        var claim = Assert.Single(seeds.Export.Events, e => e.Quote.Contains("military bloggers", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2023, 6, 13), claim.DateStart);
        Assert.Contains("Renewal of peace talks", claim.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_a_year_takes_the_year_of_its_heading()
    {
        var call = Assert.Single(seeds.Export.Events, e => e.Quote.Contains("Lloyd Austin initiated", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2022, 5, 13), call.DateStart);
        Assert.Equal("day", call.Precision);
        Assert.Equal("13 May", call.DateText);
    }

    [Fact]
    public void Aliases_resolve_to_canonical_parties()
    {
        var lavrov = Assert.Single(seeds.Export.Events, e => e.Quote.StartsWith("On 28 December 2022, Russian Foreign Minister Sergey Lavrov", StringComparison.Ordinal));
        Assert.Contains("Russia", lavrov.Parties);
        Assert.Contains("Sergey Lavrov", lavrov.People);
        Assert.All(seeds.Export.Events.SelectMany(e => e.Parties), p => Assert.DoesNotMatch("^(Kremlin|Moscow|Kyiv|Zelensky)$", p));
    }

    [Fact]
    public async Task Importing_the_same_seeds_again_changes_nothing()
    {
        await using var db = seeds.Store.Open();
        var before = await db.Events.CountAsync();
        var summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([Seeds.Folder]);
        Assert.Equal(0, summary.Documents);
        Assert.Equal(2, summary.Unchanged);
        Assert.Equal(before, await db.Events.CountAsync());
    }

    [Fact]
    public void Section_paths_are_joined_headings()
    {
        Assert.Contains(seeds.Export.Events, e => e.Section == "Timeline > 2023 > June 2023");
        Assert.All(seeds.Export.Events.Where(e => e.Document.StartsWith("000_", StringComparison.Ordinal)), e => Assert.DoesNotMatch(" > $", e.Section));
    }

    [Theory]
    [InlineData("Istanbul")]
    [InlineData("istanbul")]
    [InlineData("ISTANB")]
    [InlineData("Istanbul talks")]
    public async Task Search_finds_passages_holding_every_word_whatever_the_case_the_last_word_as_a_prefix(string words)
    {
        await using var db = seeds.Store.Open();
        var ids = await FullTextSearch.MatchingPassageIds(db, words).ToListAsync();
        Assert.NotEmpty(ids);
        var texts = await db.Passages.Where(p => ids.Contains(p.Id)).Select(p => p.Text).ToListAsync();
        var expected = words.Split(' ');
        Assert.All(texts, t => Assert.All(expected[..^1], w => Assert.Contains(w, t, StringComparison.OrdinalIgnoreCase)));
        Assert.All(texts, t => Assert.Contains(expected[^1], t, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("NEAR(")]
    [InlineData("' OR 1=1 --")]
    [InlineData("a & b | !c :* <-> ()")]
    [InlineData("\u202e\u0000x")]
    public async Task Search_reads_operators_and_quotes_as_words_never_as_syntax(string words)
    {
        // Read as syntax, these would fail the query or select everything; read as words, they find what their
        // letters and digits find, and no more.
        await using var db = seeds.Store.Open();
        var events = await db.Events.Matching(db, words).Select(e => e.Id).ToListAsync();
        var plain = await db.Events.Matching(db, string.Join(' ', FullTextSearch.Words(words))).Select(e => e.Id).ToListAsync();
        Assert.Subset(plain.ToHashSet(), events.ToHashSet());
        Assert.True(events.Count < await db.Events.CountAsync(), $"{events.Count} events found");
    }

    [Theory]
    [InlineData("zzzzqqq")]
    [InlineData("Istanbul zzzzqqq")]
    public async Task A_word_no_document_uses_finds_nothing(string words)
    {
        await using var db = seeds.Store.Open();
        Assert.Empty(await db.Events.Matching(db, words).Select(e => e.Id).ToListAsync());
    }

    [Fact]
    public async Task A_title_is_searched_by_whole_words_never_by_a_substring()
    {
        await using var db = seeds.Store.Open();
        var russia = await db.Events.Matching(db, "Russia").CountAsync();
        Assert.True(russia > 0);
        Assert.Empty(await db.Events.Matching(db, "ussia").Select(e => e.Id).ToListAsync());
        Assert.Empty(await db.Events.Matching(db, "%").Select(e => e.Id).ToListAsync());
    }
}
