using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Core.Storage;
using PeaceTalks.Tests;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// The whole real corpus in <c>../shared/corpus/</c> (both folders: 2,289 Q&amp;A pages and 79 Markdown
/// articles, read from there, never copied into the repository) and the seeds import into a real store with
/// no error; every quote is the raw text at its offsets; no event is dated on its document's own date unless
/// the document's text states that date.
/// </summary>
/// <summary>The whole corpus and the seeds imported once for the tests of <see cref="RealCorpusTests"/>.</summary>
public sealed class ImportedCorpus : IAsyncLifetime
{
    public TestStore Store { get; } = TestStore.Create("corpus");

    public ImportSummary Summary { get; private set; } = null!;

    public List<string> Files { get; } = [];

    public async Task InitializeAsync()
    {
        if (Corpus.Root is null && !Corpus.Required)
        {
            return;
        }

        Files.AddRange(Directory.GetFiles(Corpus.Folder(Corpus.QuickTakes), "*.md").Order(StringComparer.Ordinal));
        Files.AddRange(Directory.GetFiles(Corpus.Folder(Corpus.Wikipedia), "*.md").Order(StringComparer.Ordinal));
        await using var db = Store.Open();
        await PeaceTalksDatabase.MigrateAsync(db);
        Summary = await new Importer(db, Gazetteer.Default, TopicTagger.Default).ImportAsync([.. Files, Seeds.Folder]);
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class RealCorpusTests(ImportedCorpus corpus) : IClassFixture<ImportedCorpus>
{
    [CorpusFact]
    public async Task The_whole_corpus_and_the_seeds_import_with_every_document_and_every_warning_naming_its_file()
    {
        Assert.Equal(2368, corpus.Files.Count);
        var copies = corpus.Summary.Warnings.Count(w => w.Message.Contains("byte-for-byte copy", StringComparison.Ordinal));
        Assert.Equal(corpus.Files.Count + 2, corpus.Summary.Documents + copies);
        Assert.Equal(1, copies);
        Assert.All(corpus.Summary.Warnings, w => Assert.Contains(Path.GetFileName(w.File), corpus.Files.Select(Path.GetFileName).Concat(Directory.GetFiles(Seeds.Folder).Select(Path.GetFileName))));
        await using var db = corpus.Store.Open();
        Assert.Equal(79, await db.Documents.CountAsync(d => d.Format == "MarkdownArticle"));
        Assert.Equal(2289 + 1 - copies, await db.Documents.CountAsync(d => d.Format == "QaMarkdown"));
    }

    [CorpusFact]
    public async Task Every_quote_of_the_corpus_is_the_raw_text_at_its_offsets()
    {
        await using var db = corpus.Store.Open();
        var raw = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.RawText);
        var bad = 0;
        await foreach (var e in db.Events.AsNoTracking().Select(e => new { e.DocumentId, e.SourceStart, e.SourceEnd, e.Quote }).AsAsyncEnumerable())
        {
            bad += raw[e.DocumentId][e.SourceStart..e.SourceEnd] == e.Quote ? 0 : 1;
        }

        Assert.Equal(0, bad);
        Assert.True(await db.Events.CountAsync() > 10_000);
    }

    [CorpusFact]
    public async Task No_event_is_dated_on_its_documents_own_date_unless_the_text_states_that_date()
    {
        await using var db = corpus.Store.Open();
        var onOwnDate = await db.Events.AsNoTracking()
            .Where(e => e.Document!.PublishedOn != null && e.DateStart == e.Document.PublishedOn)
            .Select(e => new { e.Document!.FileName, e.Document.RawText, e.DateText, e.Quote, e.Precision })
            .ToListAsync();
        var unstated = onOwnDate
            .Where(e => e.DateText.Length == 0 || !BodyOf(e.RawText).Contains(e.DateText, StringComparison.Ordinal))
            .Select(e => $"{e.FileName}: {e.DateText} ({e.Precision}): {e.Quote}")
            .ToList();
        Assert.True(unstated.Count == 0, string.Join('\n', unstated.Take(20)));
    }

    [CorpusFact]
    public async Task Undated_claims_are_kept_and_no_year_less_date_is_given_a_default_year()
    {
        await using var db = corpus.Store.Open();
        var undated = await db.Events.CountAsync(e => e.DateStart == null);
        var undatedWithDate = await db.Events.CountAsync(e => e.DateStart == null && (e.Precision != "undated" || e.DateText != ""));
        Assert.True(undated > 1000, $"{undated} undated events");
        Assert.Equal(0, undatedWithDate);
        var firstDays = await db.Events.CountAsync(e => e.DateStart == new DateOnly(2000, 1, 6));
        Assert.Equal(0, firstDays);
    }

    [CorpusFact]
    public void Every_letter_of_the_clean_text_maps_to_the_same_letter_of_the_raw_file()
    {
        var wrong = new List<string>();
        foreach (var file in corpus.Files.Append(Seeds.ArticlePath).Append(Seeds.QaPath))
        {
            var source = SourceFileReader.Read(file);
            var document = Segmenter.Segment(source);
            foreach (var passage in document.Passages)
            {
                foreach (var text in new[] { passage.Label, passage.Text }.OfType<PeaceTalks.Core.Cleaning.CleanText>())
                {
                    for (var i = 0; i < text.Length; i++)
                    {
                        var c = text.Text[i];
                        if (!char.IsLetterOrDigit(c))
                        {
                            continue;
                        }

                        var (start, _) = text.ToRaw(i, 1);
                        var r = source.Raw[start];
                        if (r != c && r is not ('&' or '\\'))
                        {
                            wrong.Add(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{source.LineOf(start)}: '{c}' maps to '{r}'"));
                            break;
                        }
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(20)));
    }

    /// <summary>The text after the front matter, where a date could be stated.</summary>
    private static string BodyOf(string raw)
    {
        var end = raw.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? raw : raw[(end + 4)..] + FrontMatterAnswer(raw[..end]);
    }

    private static string FrontMatterAnswer(string header)
    {
        var answer = header.IndexOf("\nanswer:", StringComparison.Ordinal);
        return answer < 0 ? "" : header[answer..];
    }
}
