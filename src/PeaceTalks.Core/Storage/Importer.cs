using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Documents;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>A document through the pure stages, ready to be written.</summary>
public sealed record ParsedDocument(SourceFile Source, SegmentedDocument Document, ExtractionResult Extraction);

/// <summary>
/// Imports documents in one transaction: the pure stages (read → clean → segment → extract) run on a
/// chunk of files at a time, each chunk is written, and a bad file anywhere rolls everything back, so the
/// database shows all of an import or none of it. Chunks keep memory flat however many files come in.
/// An unchanged document (same name, same SHA-256) is skipped; a changed one replaces its rows. Once the documents are
/// written, their events are linked with other documents' tellings of the same happenings (<see cref="AccountLinker"/>),
/// in the same transaction.
/// </summary>
public sealed class Importer(PeaceTalksDbContext db, Gazetteer gazetteer, TopicTagger topics, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var skipped = new List<ImportWarning>();
        var summary = await ImportAsync(DocumentPaths.Expand(paths, skipped).Select(SourceFileReader.Read).ToList(), cancellationToken);
        return skipped.Count == 0 ? summary : summary with { Warnings = [.. skipped, .. summary.Warnings] };
    }

    /// <summary>Imports the documents, parsing only those that are new or changed.</summary>
    public Task<ImportSummary> ImportAsync(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken = default) =>
        ImportAsync(sources, changed => changed.Chunk(ParseChunk).Select(chunk => Parse(chunk, gazetteer, topics)), cancellationToken);

    /// <summary>Imports documents parsed ahead (<see cref="ParseAsync"/>), for example while the database was migrated.</summary>
    public Task<ImportSummary> ImportAsync(IReadOnlyList<ParsedDocument> parsed, CancellationToken cancellationToken = default) =>
        ImportAsync(parsed.Select(p => p.Source).ToList(), changed => [parsed.Where(p => changed.Contains(p.Source)).ToList()], cancellationToken);

    /// <summary>
    /// Files parsed at a time. A parsed document holds its text several times over (offset maps, passages,
    /// sentences): 10,000 generated articles parsed at once did not fit in 24 GiB; 200 at a time keep both
    /// cores busy and memory flat.
    /// </summary>
    public const int ParseChunk = 200;

    /// <summary>Runs the pure stages on another thread: a bad file fails here, before any database is opened.</summary>
    public static Task<IReadOnlyList<ParsedDocument>> ParseAsync(IReadOnlyList<SourceFile> sources, Gazetteer gazetteer, TopicTagger topics) =>
        Task.Run<IReadOnlyList<ParsedDocument>>(() => Parse(sources, gazetteer, topics));

    private async Task<ImportSummary> ImportAsync(
        IReadOnlyList<SourceFile> sources,
        Func<List<SourceFile>, IEnumerable<IReadOnlyList<ParsedDocument>>> parse,
        CancellationToken cancellationToken)
    {
        var known = await db.Documents.AsNoTracking().ToDictionaryAsync(d => d.FileName, d => d.Sha256, StringComparer.Ordinal, cancellationToken);
        var warnings = new List<ImportWarning>();
        var toImport = new List<SourceFile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var unchanged = 0;
        var twice = sources.GroupBy(s => s.FileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ImportException(twice.Last().Where, null, $"another document in this import is also named {twice.Key} ({twice.First().Where}).",
                "A document is known by its file name: rename one of them.");
        }

        foreach (var source in sources)
        {
            if (known.TryGetValue(source.FileName, out var sha) && sha == source.Sha256)
            {
                unchanged++;
                continue;
            }

            var twin = known.FirstOrDefault(k => k.Value == source.Sha256 && k.Key != source.FileName).Key
                ?? (seen.TryGetValue(source.Sha256, out var earlier) ? earlier : null);
            if (twin is not null)
            {
                warnings.Add(new ImportWarning(source.Where, null, $"skipped: it is a byte-for-byte copy of {twin}."));
                continue;
            }

            seen[source.Sha256] = source.FileName;
            toImport.Add(source);
        }

        // A document stored before accounts were compared at import is compared by the next import, even one that
        // brings nothing new.
        if (toImport.Count == 0 && !await db.Documents.AnyAsync(d => !d.AccountsCompared, cancellationToken))
        {
            return new ImportSummary(0, unchanged, 0, 0, 0, await db.Parties.CountAsync(cancellationToken), 0, 0, warnings);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var catalog = await ReferenceCatalog.LoadAsync(db, gazetteer, topics, cancellationToken);
        var linker = new AccountLinker(db);
        int documents = 0, sections = 0, passages = 0, events = 0, proposals = 0, positions = 0, pending = 0;
        foreach (var (_, document, extraction) in parse(toImport).SelectMany(chunk => chunk))
        {
            documents++;
            if (known.ContainsKey(document.Source.FileName))
            {
                var replaced = db.Documents.Where(d => d.FileName == document.Source.FileName).Select(d => d.Id);
                catalog.Release(
                    await db.Rounds.Where(r => replaced.Contains(r.DocumentId)).Select(r => r.Slug).ToListAsync(cancellationToken),
                    await db.Proposals.Where(p => replaced.Contains(p.DocumentId)).Select(p => p.Slug).ToListAsync(cancellationToken));

                // Proposals (with their points) and positions go first: they refer to the document's passages with
                // NO ACTION keys, which PostgreSQL checks before its cascade from the document reaches them.
                await db.Proposals.Where(p => replaced.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
                await db.Positions.Where(p => replaced.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
                await db.Documents.Where(d => d.FileName == document.Source.FileName).ExecuteDeleteAsync(cancellationToken);
            }

            var entity = DocumentMapper.Map(document, extraction, catalog, clock.GetUtcNow());
            entity.Document.AccountsCompared = true;
            db.Documents.Add(entity.Document);
            db.Events.AddRange(entity.Events);
            linker.Add(entity.Document, entity.Events);
            db.Rounds.AddRange(entity.Rounds);
            db.Proposals.AddRange(entity.Proposals);
            db.Positions.AddRange(entity.Positions);

            // Saved in batches: one save per document costs a round of change tracking per document,
            // one save for thousands of them keeps too much in memory.
            pending += entity.Document.Passages.Count + entity.Events.Count + 1;
            if (pending >= SaveBatchRows)
            {
                await SaveBatchAsync(catalog, cancellationToken);
                linker.Saved();
                pending = 0;
            }

            sections += entity.Document.Sections.Count;
            passages += entity.Document.Passages.Count;
            events += entity.Events.Count;
            proposals += entity.Proposals.Count;
            positions += entity.Positions.Count;
            warnings.AddRange(document.Warnings);
            warnings.AddRange(extraction.Warnings);
        }

        await SaveBatchAsync(catalog, cancellationToken);
        linker.Saved();

        // The same happening as other documents tell it: compared once the documents' events have their ids, in the
        // same transaction. A replaced document's old links went with its events (cascade); its new events link afresh.
        var uncompared = await db.Documents.Where(d => !d.AccountsCompared).Select(d => d.Id).ToListAsync(cancellationToken);
        if (uncompared.Count > 0)
        {
            await linker.AddStoredAsync(uncompared, cancellationToken);
            await db.Documents.Where(d => EF.Parameter(uncompared).Contains(d.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.AccountsCompared, true), cancellationToken);
        }

        var links = await linker.LinkAsync(cancellationToken);
        db.EventAccounts.AddRange(links);
        var summary = new ImportSummary(documents, unchanged, sections, passages, events, catalog.PartyCount, proposals, positions, warnings)
        {
            Links = links.Count / 2,
        };
        db.ImportRuns.Add(new ImportRun { FinishedAt = clock.GetUtcNow(), Summary = summary.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }

    private const int SaveBatchRows = 20_000;

    private async Task SaveBatchAsync(ReferenceCatalog catalog, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        catalog.Reattach(db);
    }

    /// <summary>The pure stages, in parallel; the first bad file (in the order given) stops the import.</summary>
    private static List<ParsedDocument> Parse(IReadOnlyList<SourceFile> sources, Gazetteer gazetteer, TopicTagger topics)
    {
        try
        {
            return sources
                .AsParallel().AsOrdered()
                .Select(source =>
                {
                    var document = Segmenter.Segment(source);
                    return new ParsedDocument(source, document, DocumentExtractor.Extract(document, gazetteer, topics));
                })
                .ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is ImportException))
        {
            var order = sources.Select((s, i) => (s.FileName, i)).ToDictionary(x => x.FileName, x => x.i, StringComparer.Ordinal);
            var first = e.InnerExceptions.Cast<ImportException>().OrderBy(inner => order.GetValueOrDefault(Path.GetFileName(inner.File), int.MaxValue)).First();
            throw new ImportException(first.File, first.Line, first.Problem + (e.InnerExceptions.Count > 1 ? $" ({e.InnerExceptions.Count - 1} other file(s) failed too.)" : ""), first.Advice);
        }
    }
}
