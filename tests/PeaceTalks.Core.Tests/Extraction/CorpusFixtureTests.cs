using System.Globalization;
using System.Text.Json;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Tests;
using Xunit.Abstractions;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The importer against hand-checked events and undated claims of real documents it was not built on
/// (<c>Fixtures/corpus/</c>, read from the sources in <c>../shared/corpus</c>; see its README for the rules
/// the annotators applied). Each listed passage is annotated completely, so every event the importer makes
/// of it is scored:
/// <list type="bullet">
/// <item>An extracted event <em>tells</em> an entry when the entry's quote lies in the event's first sentence.</item>
/// <item>Its date <em>agrees</em> when it starts within the period the text gives (an event dated to a day of
/// a heading's "6–12 September" agrees with it; one dated to the page's publication day does not).</item>
/// <item>Entries and events are paired one to one (a maximum matching), so one event cannot stand for two
/// happenings, nor two events for one.</item>
/// <item><b>Recall</b>: dated entries paired with an event of agreeing date. <b>Precision</b>: events of the
/// passages paired with an entry (a dated one with an agreeing date, or an undated one and the event
/// undated). <b>Misdated</b>: events that carry a date and tell an entry without agreeing with any entry they
/// tell (neither agreeing nor a coarser period that holds the entry's date) — a date the text does not
/// give — over all events of the passages.</item>
/// </list>
/// </summary>
public sealed class CorpusFixtureTests(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.85;
    private const double MinimumPrecision = 0.85;
    private const double MaximumMisdated = 0.03;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] FixtureFiles = ["wikipedia.json", "quicktakes.json"];

    [Fact]
    public void The_fixture_holds_enough_documents_events_and_undated_claims_of_both_folders()
    {
        var fixtures = Load();
        Assert.True(fixtures.Sum(f => f.Documents.Count) >= 25, "at least 25 documents");
        Assert.All(fixtures, f => Assert.NotEmpty(f.Documents));
        Assert.True(fixtures.Sum(f => f.Documents.Sum(d => d.Passages.Sum(p => p.Events.Count))) >= 150, "at least 150 events");
        Assert.True(fixtures.Sum(f => f.Documents.Sum(d => d.Passages.Sum(p => p.Undated.Count))) >= 50, "at least 50 undated claims");
        Assert.Equal(2, fixtures.Select(f => f.Folder).Distinct().Count());
    }

    [CorpusFact]
    public void Every_quote_is_in_its_source_once_inside_its_passage()
    {
        foreach (var (fixture, document, source, segmented) in Documents())
        {
            foreach (var passage in document.Passages)
            {
                var span = PassageOf(segmented, source, passage.Passage, $"{fixture.Folder}/{document.File}");
                foreach (var quote in passage.Events.Select(e => e.Quote).Concat(passage.Undated.Select(u => u.Quote)))
                {
                    var at = Once(source.Raw, quote, $"{fixture.Folder}/{document.File}");
                    Assert.True(span.RawStart <= at && at + quote.Length <= span.RawEnd, $"{document.File}: \"{quote}\" is not in the passage of \"{passage.Passage}\"");
                }
            }
        }
    }

    [CorpusFact]
    public void The_importer_finds_the_dated_happenings_of_documents_it_has_never_seen_and_dates_none_wrongly()
    {
        int expectedDated = 0, expectedUndated = 0, extracted = 0, matchedDated = 0, matchedUndated = 0, misdated = 0;
        var report = new List<string>();
        foreach (var (fixture, document, source, segmented) in Documents())
        {
            // An event the document tells twice (its lead and its section) is scored where each telling is.
            var events = DocumentExtractor.Extract(segmented, Gazetteer.Default, TopicTagger.Default).Events
                .SelectMany(e => e.Retellings.Select(r => e with { Span = r.Span, Summary = r.Summary }).Prepend(e))
                .ToList();
            foreach (var passage in document.Passages)
            {
                var span = PassageOf(segmented, source, passage.Passage, document.File);
                var scored = events.Where(e => e.Span.PassageIndex == span.Index).ToList();
                var entries = passage.Events.Select(e => (Quote: e.Quote, Dated: (Expected?)e))
                    .Concat(passage.Undated.Select(u => (Quote: u.Quote, Dated: (Expected?)null)))
                    .Select(x => (x.Quote, x.Dated, At: source.Raw.IndexOf(x.Quote, StringComparison.Ordinal)))
                    .ToList();
                expectedDated += passage.Events.Count;
                expectedUndated += passage.Undated.Count;
                extracted += scored.Count;

                var tells = scored.Select(e => entries.Select((x, i) => (x, i)).Where(p => Tells(e, p.x.At, p.x.Quote.Length)).Select(p => p.i).ToList()).ToList();
                var pairs = scored.Select((e, k) => tells[k].Where(i => entries[i].Dated is { } d ? Agrees(d, e) : e.DateStart is null).ToList()).ToList();
                var owner = Match(pairs, entries.Count);
                foreach (var (entry, i) in entries.Select((x, i) => (x, i)))
                {
                    if (owner[i] is { } k)
                    {
                        if (entry.Dated is null)
                        {
                            matchedUndated++;
                        }
                        else
                        {
                            matchedDated++;
                        }
                    }
                    else
                    {
                        // Why: no event tells it (merged into another's later sentences, or none at all), or one does with another date.
                        var inside = scored.FirstOrDefault(e => entry.At >= e.Span.RawStart && entry.At < e.Span.RawEnd);
                        var why = tells.Select((t, k) => (t, k)).FirstOrDefault(x => x.t.Contains(i)) is { t: not null } told
                            ? $"told as {Show(scored[told.k])}"
                            : inside is not null ? $"inside {Show(inside)} '{inside.Summary[..Math.Min(50, inside.Summary.Length)]}'" : "no event";
                        report.Add($"missed {(entry.Dated is { } d ? $"{d.Date} {d.Precision}" : "undated")} [{why}]: {document.File}: {entry.Quote}");
                    }
                }

                for (var k = 0; k < scored.Count; k++)
                {
                    var e = scored[k];
                    var paired = owner.Contains(k);
                    var wrongDate = e.DateStart is not null && tells[k].Count > 0 && !tells[k].Any(i => entries[i].Dated is { } d && Consistent(d, e));
                    if (wrongDate)
                    {
                        misdated++;
                    }

                    if (!paired)
                    {
                        report.Add($"{(wrongDate ? "MISDATED" : tells[k].Count > 0 ? "duplicate" : "extra")} {Show(e)} ({e.DateFrom} '{e.DateText}'): {document.File}: {e.Summary}");
                    }
                }
            }
        }

        var recall = (double)matchedDated / expectedDated;
        var precision = (double)(matchedDated + matchedUndated) / Math.Max(1, extracted);
        var misdatedShare = (double)misdated / Math.Max(1, extracted);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dated {expectedDated} (found {matchedDated}), undated {expectedUndated} (kept undated as events {matchedUndated}); extracted {extracted}; recall {recall:P1}, precision {precision:P1}, misdated {misdated} = {misdatedShare:P1}"));
        foreach (var line in report.OrderBy(l => l, StringComparer.Ordinal))
        {
            output.WriteLine(line);
        }

        Assert.True(recall >= MinimumRecall, $"recall {recall:P1} < {MinimumRecall:P0}");
        Assert.True(precision >= MinimumPrecision, $"precision {precision:P1} < {MinimumPrecision:P0}");
        Assert.True(misdatedShare <= MaximumMisdated, $"misdated {misdatedShare:P1} > {MaximumMisdated:P0}");
    }

    /// <summary>The fixture's undated claims stay undated: at most as many given a date as the misdated bar allows.</summary>
    [CorpusFact]
    public void The_undated_claims_of_the_fixture_stay_undated()
    {
        var dated = new List<string>();
        foreach (var (_, document, source, segmented) in Documents())
        {
            var events = DocumentExtractor.Extract(segmented, Gazetteer.Default, TopicTagger.Default).Events
                .SelectMany(e => e.Retellings.Select(r => e with { Span = r.Span, Summary = r.Summary }).Prepend(e))
                .ToList();
            foreach (var claim in document.Passages.SelectMany(p => p.Undated))
            {
                var at = source.Raw.IndexOf(claim.Quote, StringComparison.Ordinal);
                dated.AddRange(events.Where(e => e.DateStart is not null && Tells(e, at, claim.Quote.Length)).Select(e => $"{document.File}: {Show(e)} for \"{claim.Quote}\""));
            }
        }

        var claims = Documents().Sum(d => d.Document.Passages.Sum(p => p.Undated.Count));
        var share = (double)dated.Count / claims;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dated.Count} of {claims} undated claim(s) given a date ({share:P1})"));
        dated.ForEach(output.WriteLine);
        Assert.True(share <= MaximumMisdated, $"{dated.Count} of {claims} undated claims were given a date");
    }

    /// <summary>The quote lies in the event's first sentence, the one its title and summary come from.</summary>
    private static bool Tells(ExtractedEvent e, int at, int length)
    {
        var passage = e.Span;
        var headEnd = passage.RawStart + Math.Max(1, e.Summary.Length);
        return at >= 0 && at < headEnd && at + length > passage.RawStart;
    }

    /// <summary>The extracted date starts within the period the text gives.</summary>
    private static bool Agrees(Expected expected, ExtractedEvent e)
    {
        if (e.DateStart is not { } start)
        {
            return false;
        }

        var first = DateOnly.ParseExact(expected.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = expected.DateEnd is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : expected.Precision switch
        {
            "day" => first,
            "month" => first.AddMonths(1).AddDays(-1),
            "year" => new DateOnly(first.Year, 12, 31),
            "decade" => new DateOnly(first.Year + 9, 12, 31),
            "century" => new DateOnly(first.Year + 99, 12, 31),
            _ => first,
        };
        return start >= first && start <= last;
    }

    /// <summary>
    /// The extracted date does not contradict the text: it agrees, or it is a coarser period that holds the
    /// date the text gives ("1914" for "28 June 1914"): less precise than the source, but not wrong.
    /// </summary>
    private static bool Consistent(Expected expected, ExtractedEvent e)
    {
        if (Agrees(expected, e))
        {
            return true;
        }

        var first = DateOnly.ParseExact(expected.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = e.DateStart!.Value;
        var end = e.DateEnd ?? e.Precision switch
        {
            DatePrecision.Month => start.AddMonths(1).AddDays(-1),
            DatePrecision.Year => new DateOnly(start.Year, 12, 31),
            _ => start,
        };
        return first >= start && first <= end;
    }

    private static int?[] Match(List<List<int>> candidates, int entries)
    {
        var owner = new int?[entries];
        for (var e = 0; e < candidates.Count; e++)
        {
            TryAssign(e, new bool[entries]);
        }

        return owner;

        bool TryAssign(int e, bool[] visited)
        {
            foreach (var i in candidates[e].Where(i => !visited[i]))
            {
                visited[i] = true;
                if (owner[i] is not { } other || TryAssign(other, visited))
                {
                    owner[i] = e;
                    return true;
                }
            }

            return false;
        }
    }

    private static string Show(ExtractedEvent e) => e.DateStart is { } d
        ? $"{d:yyyy-MM-dd}{(e.DateEnd is { } x ? ".." + x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")} {e.Precision}"
        : "undated";

    private static PassageSpan PassageOf(SegmentedDocument document, SourceFile source, string text, string where)
    {
        var at = Once(source.Raw, text, where);
        // A passage named by the heading right above it ("### 1. The Telegraph (1830s)\nThe electric telegraph …")
        // is the first passage under that heading.
        var heading = document.Sections.FirstOrDefault(s => s.RawStart < at + text.Length && at < s.RawEnd);
        return document.Passages.FirstOrDefault(p => p.RawStart < at + text.Length && at < p.RawEnd)
            ?? (heading is null ? null : document.Passages.FirstOrDefault(p => p.SectionIndex == heading.Index))
            ?? throw new Xunit.Sdk.XunitException($"{where}: no passage holds \"{text}\"");
    }

    private static int Once(string raw, string text, string where)
    {
        var at = raw.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0 && raw.IndexOf(text, at + 1, StringComparison.Ordinal) < 0, $"{where}: \"{text}\" is not found exactly once");
        return at;
    }

    private static IEnumerable<(FixtureFile Fixture, FixtureDocument Document, SourceFile Source, SegmentedDocument Segmented)> Documents()
    {
        foreach (var fixture in Load())
        {
            var folder = Corpus.Folder(fixture.Folder);
            foreach (var document in fixture.Documents)
            {
                var source = SourceFileReader.Read(Path.Combine(folder, document.File));
                yield return (fixture, document, source, Segmenter.Segment(source));
            }
        }
    }

    private static List<FixtureFile> Load() =>
        FixtureFiles.Select(name => JsonSerializer.Deserialize<FixtureFile>(File.ReadAllText(Seeds.FixturePath(Path.Combine("corpus", name))), Json)!).ToList();

    private sealed record FixtureFile(string Folder, IReadOnlyList<FixtureDocument> Documents);

    private sealed record FixtureDocument(string File, IReadOnlyList<FixturePassage> Passages);

    private sealed record FixturePassage(string Passage, IReadOnlyList<Expected> Events, IReadOnlyList<UndatedClaim> Undated);

    private sealed record Expected(string Quote, string Date, string? DateEnd, string Precision, string From, bool AsOf);

    private sealed record UndatedClaim(string Quote);
}
