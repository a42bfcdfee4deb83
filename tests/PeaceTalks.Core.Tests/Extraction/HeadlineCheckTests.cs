using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Events;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Tests;
using Xunit.Abstractions;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// The headline check (<see cref="HeadlineCheck"/>) run over every title the importer makes of the seeds and of the
/// real corpus in <c>../shared/corpus</c>: markup, broken openings, dangling references, subordinate clauses alone,
/// cut phrases, and titles repeated within a document. Issue 12's bar: none on the seeds, under 2% on the corpus.
/// </summary>
public sealed class HeadlineCheckTests(ITestOutputHelper output)
{
    // Issue 12's bars.
    private const double CorpusBar = 0.02;

    // The seeds meet the bar (0 of 210). The corpus does not yet (issue 12 stays open until it does): a ceiling that may
    // only go down, at 8.2% of 17,571 titles, nearly all dangling references of the Q&A essays ("They …", "The … these
    // …" where nothing before them names what they point to).
    private const int SeedsCeiling = 0;
    private const double CorpusCeiling = 0.082;

    [Fact]
    public void The_seeds_titles_read_as_headlines()
    {
        var problems = Check([Seeds.Article, Seeds.Qa]);
        Report("seeds", problems);
        Assert.True(problems.Flagged.Count <= SeedsCeiling, $"{problems.Flagged.Count} of {problems.Titles} seed titles fail the headline check (bar: 0)");
    }

    [CorpusFact]
    public void The_corpus_titles_read_as_headlines()
    {
        var files = Directory.GetFiles(Corpus.Folder(Corpus.QuickTakes), "*.md").Concat(Directory.GetFiles(Corpus.Folder(Corpus.Wikipedia), "*.md"))
            .Order(StringComparer.Ordinal).Select(SourceFileReader.Read);
        var problems = Check(files);
        Report("corpus", problems);
        var share = (double)problems.Flagged.Count / problems.Titles;
        Assert.True(share <= CorpusCeiling, $"{problems.Flagged.Count} of {problems.Titles} corpus titles ({share:P1}) fail the headline check (bar: under {CorpusBar:P0})");
    }

    private sealed record Findings(int Titles, List<(string Document, string Title, IReadOnlyList<HeadlineProblem> Problems, string Sentence)> Flagged);

    private static readonly Lock DumpLock = new();

    private static Findings Check(IEnumerable<SourceFile> files)
    {
        var lists = files.AsParallel().AsOrdered().Select(file =>
        {
            var events = DocumentExtractor.Extract(Segmenter.Segment(file), Gazetteer.Default, TopicTagger.Default).Events;
            if (Environment.GetEnvironmentVariable("HEADLINE_DUMP") is { Length: > 0 } dump)
            {
                lock (DumpLock)
                {
                    File.AppendAllLines(dump + ".all", events.Select(e => $"{file.FileName}\t{e.Title}\t{e.Summary}"));
                }
            }

            var duplicates = HeadlineCheck.Duplicates([.. events.Select(e => e.Title)]).ToHashSet();
            var flagged = events.Select((e, i) => (Document: file.FileName, e.Title, Problems: (IReadOnlyList<HeadlineProblem>)[.. HeadlineCheck.Problems(e.Title), .. duplicates.Contains(i) ? [HeadlineProblem.Duplicate] : Array.Empty<HeadlineProblem>()], e.Summary))
                .Where(x => x.Problems.Count > 0).ToList();
            return (events.Count, flagged);
        }).ToList();
        return new Findings(lists.Sum(l => l.Count), [.. lists.SelectMany(l => l.flagged)]);
    }

    private void Report(string what, Findings findings)
    {
        if (Environment.GetEnvironmentVariable("HEADLINE_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump + "." + what, findings.Flagged.Select(f => $"{f.Document}\t{string.Join(',', f.Problems)}\t{f.Title}\t{f.Sentence}"));
        }

        output.WriteLine($"{what}: {findings.Flagged.Count} of {findings.Titles} titles flagged ({(double)findings.Flagged.Count / Math.Max(1, findings.Titles):P2})");
        foreach (var group in findings.Flagged.SelectMany(f => f.Problems.Select(p => (p, f))).GroupBy(x => x.p).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
            foreach (var (_, f) in group.Take(25))
            {
                output.WriteLine($"    {f.Document}: {f.Title}  <=  {f.Sentence}");
            }
        }
    }
}
