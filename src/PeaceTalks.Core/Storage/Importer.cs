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
/// An unchanged document (same name, same SHA-256) is skipped; a changed one replaces its rows, its events keeping their ids
/// where their words did not change (<see cref="EventIdentity"/>), and another file of a stored name is refused unless
/// <see cref="ImportOptions.Claimed"/> says otherwise. Each import that writes is recorded (<see cref="ImportRun"/>) with
/// what it did to the events of the documents it re-imported. Once the documents are
/// written, their events are linked with other documents' tellings of the same happenings (<see cref="AccountLinker"/>),
/// in the same transaction.
/// </summary>
public sealed class Importer(PeaceTalksDbContext db, Gazetteer gazetteer, TopicTagger topics, TimeProvider? clock = null, ImportOptions? options = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    private readonly ImportOptions options = options ?? new();

    public async Task<ImportSummary> ImportAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var skipped = new List<ImportWarning>();
        var summary = await ImportAsync(DocumentPaths.Expand(paths, skipped).Select(SourceFileReader.Open).ToList(), cancellationToken);
        return skipped.Count == 0 ? summary : summary with { Warnings = [.. skipped, .. summary.Warnings] };
    }

    /// <summary>Imports the documents, parsing only those that are new or changed.</summary>
    public Task<ImportSummary> ImportAsync(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken = default) =>
        ImportAsync(sources, ParseInChunks, cancellationToken);

    /// <summary>
    /// The changed files, parsed a chunk at a time: at most <see cref="ParseChunk"/> files, and no more bytes than
    /// <see cref="ParseChunkBytes"/> unless one file is larger. Each chunk's texts are let go once its documents
    /// were taken (the enumeration moved on), so what an import holds does not grow with the files it is given.
    /// </summary>
    private IEnumerable<IReadOnlyList<ParsedDocument>> ParseInChunks(List<SourceFile> changed)
    {
        var chunk = new List<SourceFile>();
        long bytes = 0;
        foreach (var source in changed)
        {
            if (chunk.Count > 0 && (chunk.Count == ParseChunk || bytes + source.Size > ParseChunkBytes))
            {
                yield return Parse(chunk, gazetteer, topics);
                chunk.ForEach(s => s.Release());
                (chunk, bytes) = ([], 0);
            }

            chunk.Add(source);
            bytes += source.Size;
        }

        if (chunk.Count > 0)
        {
            yield return Parse(chunk, gazetteer, topics);
            chunk.ForEach(s => s.Release());
        }
    }

    /// <summary>Bytes of text parsed at a time: as much as the largest document, whose import is what is bounded.</summary>
    public const long ParseChunkBytes = SourceFileReader.MaxBytes;

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
        var startedAt = clock.GetUtcNow();
        var known = await db.Documents.AsNoTracking()
            .ToDictionaryAsync(d => d.FileName, d => (d.Sha256, d.Origin), StringComparer.Ordinal, cancellationToken);
        var warnings = new List<ImportWarning>();
        var toImport = new List<SourceFile>();
        var outcomes = new Dictionary<string, (string Outcome, string? ReplacedOrigin)>(StringComparer.Ordinal);
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
            var origin = OriginOf(source);
            var exists = known.TryGetValue(source.FileName, out var stored);
            if (exists && stored.Sha256 == source.Sha256)
            {
                unchanged++;
                continue;
            }

            var twin = known.FirstOrDefault(k => k.Value.Sha256 == source.Sha256 && k.Key != source.FileName).Key
                ?? (seen.TryGetValue(source.Sha256, out var earlier) ? earlier : null);
            if (twin is not null)
            {
                warnings.Add(new ImportWarning(source.Where, null, $"skipped: it is a byte-for-byte copy of {twin}."));
                continue;
            }

            // A stored document of this name that came from another file: a namesake, not an earlier version of this one.
            // A document stored before origins were kept (null) is taken to be this file's earlier version, as it was then.
            if (exists && stored.Origin is { } storedOrigin && storedOrigin != origin)
            {
                switch (options.Claimed)
                {
                    case ClaimedName.Refuse:
                        throw new ImportException(source.Where, null,
                            $"a different document named {source.FileName} is already stored, imported from {storedOrigin}.",
                            "Rename this file to keep both, or import it with --replace to replace the stored one (its events go, and the import lists them).");
                    case ClaimedName.KeepStored:
                        warnings.Add(new ImportWarning(source.Where, null, $"not imported: {source.FileName} was updated from {storedOrigin} since, and that version is kept."));
                        continue;
                    default:
                        warnings.Add(new ImportWarning(source.Where, null, $"replaces the document {source.FileName} imported from {storedOrigin}."));
                        outcomes[source.FileName] = ("replaced", storedOrigin);
                        break;
                }
            }
            else
            {
                outcomes[source.FileName] = (exists ? "updated" : "new", null);
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

        // A context that imported before still tracks that import's events: a re-imported event taking its old id
        // must not meet its former self there.
        db.ChangeTracker.Clear();
        var catalog = await ReferenceCatalog.LoadAsync(db, gazetteer, topics, cancellationToken);
        var linker = new AccountLinker(db);
        var run = new ImportRun { StartedAt = startedAt, Summary = "" };
        var changes = new List<EventChange>();
        var added = new List<(Event Event, string FileName)>();
        int documents = 0, sections = 0, passages = 0, events = 0, proposals = 0, positions = 0, pending = 0;
        foreach (var (_, document, extraction) in parse(toImport).SelectMany(chunk => chunk))
        {
            documents++;
            var name = document.Source.FileName;
            List<StoredEvent> before = [];
            if (known.ContainsKey(name))
            {
                var replaced = db.Documents.Where(d => d.FileName == name).Select(d => d.Id);
                before = await db.Events.AsNoTracking().Where(e => replaced.Contains(e.DocumentId))
                    .Select(e => new StoredEvent(e.Id, e.Quote, e.SourceStart, e.Passage!.Order, e.Title, e.Summary, e.Kind, e.DateStart, e.DateEnd, e.Precision, e.DateText, e.AsOf))
                    .ToListAsync(cancellationToken);
                catalog.Release(
                    await db.Rounds.Where(r => replaced.Contains(r.DocumentId)).Select(r => r.Slug).ToListAsync(cancellationToken),
                    await db.Proposals.Where(p => replaced.Contains(p.DocumentId)).Select(p => p.Slug).ToListAsync(cancellationToken));

                // Proposals (with their points) and positions go first: they refer to the document's passages with
                // NO ACTION keys, which PostgreSQL checks before its cascade from the document reaches them.
                await db.Proposals.Where(p => replaced.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
                await db.Positions.Where(p => replaced.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
                await db.Documents.Where(d => d.FileName == name).ExecuteDeleteAsync(cancellationToken);
            }

            var rows = document.Passages.Count + extraction.Events.Count + 1;
            var inParts = rows > options.SaveBatchRows;
            if (inParts)
            {
                // What extraction read of a large document (its facts) is garbage now, but old enough to the collector
                // to stay for as long as the document is written: the peak of a large import is decided here.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            var entity = DocumentMapper.Map(document, extraction, catalog, clock.GetUtcNow());
            if (inParts && pending > 0)
            {
                // What earlier documents added is saved first: the parts of this one are saved alone.
                await SaveBatchAsync(catalog, cancellationToken);
                linker.Saved();
                Saved(added, changes);
                pending = 0;
            }

            entity.Document.AccountsCompared = true;
            entity.Document.Origin = OriginOf(document.Source);
            var (outcome, replacedOrigin) = outcomes[name];
            run.Documents.Add(new ImportRunDocument { FileName = name, Origin = entity.Document.Origin, Outcome = outcome, ReplacedOrigin = replacedOrigin });
            if (before.Count > 0)
            {
                KeepIds(name, before, entity.Events, run, changes, added);
            }
            else
            {
                run.EventsAdded += entity.Events.Count;
            }

            sections += entity.Document.Sections.Count;
            passages += entity.Document.Passages.Count;
            linker.Add(entity.Document.Passages, entity.Events);
            if (inParts)
            {
                pending = await AddInPartsAsync(entity, catalog, linker, added, changes, cancellationToken);
            }
            else
            {
                db.Documents.Add(entity.Document);
                db.Events.AddRange(entity.Events);
                db.Rounds.AddRange(entity.Rounds);
                db.Proposals.AddRange(entity.Proposals);
                db.Positions.AddRange(entity.Positions);
                pending += rows;
            }

            // Saved in batches: one save per document costs a round of change tracking per document,
            // one save for thousands of them keeps too much in memory.
            if (pending >= options.SaveBatchRows)
            {
                await SaveBatchAsync(catalog, cancellationToken);
                linker.Saved();
                Saved(added, changes);
                pending = 0;
            }

            events += entity.Events.Count;
            proposals += entity.Proposals.Count;
            positions += entity.Positions.Count;
            warnings.AddRange(document.Warnings);
            warnings.AddRange(extraction.Warnings);
            options.Progress?.Report(new ImportProgress("reading", documents, toImport.Count, events));
        }

        options.Progress?.Report(new ImportProgress("writing", documents, toImport.Count, events));
        await SaveBatchAsync(catalog, cancellationToken);
        linker.Saved();
        Saved(added, changes);

        // The same happening as other documents tell it: compared once the documents' events have their ids, in the
        // same transaction. A replaced document's old links went with its events (cascade); its new events link afresh.
        var uncompared = await db.Documents.Where(d => !d.AccountsCompared).Select(d => d.Id).ToListAsync(cancellationToken);
        if (uncompared.Count > 0)
        {
            await linker.AddStoredAsync(uncompared, cancellationToken);
            await db.Documents.Where(d => EF.Parameter(uncompared).Contains(d.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.AccountsCompared, true), cancellationToken);
        }

        options.Progress?.Report(new ImportProgress("comparing", documents, toImport.Count, events));
        var links = await linker.LinkAsync(cancellationToken);

        // Saved in batches as the documents were: documents that tell the same happenings link every event to each of
        // the others' (twelve copies of one 1 MiB article: 1.2 million links, 2.4 GB when tracked at once).
        foreach (var batch in links.Chunk(options.SaveBatchRows))
        {
            db.EventAccounts.AddRange(batch);
            if (batch.Length == options.SaveBatchRows)
            {
                await SaveBatchAsync(catalog, cancellationToken);
            }
        }

        var summary = new ImportSummary(documents, unchanged, sections, passages, events, catalog.PartyCount, proposals, positions, warnings)
        {
            Links = links.Count / 2,
            EventsKept = run.EventsKept,
            EventsChanged = run.EventsChanged,
            EventsRemoved = run.EventsRemoved,
        };
        run.FinishedAt = clock.GetUtcNow();
        run.Summary = summary.ToString();
        run.Changes = changes;
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }

    private string OriginOf(SourceFile source) =>
        options.OriginFolder is { } folder ? $"{folder}/{source.FileName}" : source.Where;

    /// <summary>
    /// A re-imported document's events take the ids of the stored events with their key (<see cref="EventIdentity"/>);
    /// the stored events whose words are gone are recorded as removed, each with the kept event told nearest to it.
    /// </summary>
    private static void KeepIds(string fileName, List<StoredEvent> before, List<Event> after, ImportRun run, List<EventChange> changes, List<(Event, string)> added)
    {
        // Events of one sentence share a quote and are told apart by their order: the stored ones in the order they were
        // written (their ids; a database returns rows in no order of its own), the new ones in the order read.
        var stored = EventIdentity.Keys(before.OrderBy(e => e.Id), e => e.Quote, e => e.SourceStart)
            .ToDictionary(k => k.Value, k => k.Key, StringComparer.Ordinal);
        var kept = new HashSet<StoredEvent>();
        foreach (var (e, key) in EventIdentity.Keys(after, e => e.Quote, e => e.SourceStart))
        {
            if (!stored.TryGetValue(key, out var old))
            {
                added.Add((e, fileName));
                continue;
            }

            e.Id = old.Id;
            kept.Add(old);
            var differences = EventIdentity.Differences(old, e);
            if (differences.Length == 0)
            {
                run.EventsKept++;
                continue;
            }

            run.EventsChanged++;
            changes.Add(new EventChange
            {
                EventId = old.Id,
                Change = "changed",
                FileName = fileName,
                PassageOrder = e.Passage!.Order,
                Title = e.Title,
                Detail = differences,
            });
        }

        run.EventsAdded += after.Count - kept.Count;
        foreach (var gone in before.Where(e => !kept.Contains(e)))
        {
            run.EventsRemoved++;
            var nearest = kept.OrderBy(k => k.PassageOrder == gone.PassageOrder ? 0 : 1).ThenBy(k => Math.Abs(k.SourceStart - gone.SourceStart)).FirstOrDefault();
            changes.Add(new EventChange
            {
                EventId = gone.Id,
                Change = "removed",
                FileName = fileName,
                PassageOrder = gone.PassageOrder,
                Title = gone.Title,
                Detail = gone.Quote,
                NearestEventId = nearest?.Id,
            });
        }
    }

    /// <summary>After a save the added events have their ids; only what the run's page lists of them is kept.</summary>
    private static void Saved(List<(Event Event, string FileName)> added, List<EventChange> changes)
    {
        changes.AddRange(added.Select(a => new EventChange
        {
            EventId = a.Event.Id,
            Change = "added",
            FileName = a.FileName,
            PassageOrder = a.Event.Passage!.Order,
            Title = a.Event.Title,
        }));
        added.Clear();
    }

    /// <summary>
    /// A document of more rows than one batch, written in parts, each of which leaves the change tracker once saved:
    /// the document with its sections and rounds; then its passages with their events, a batch at a time; then its
    /// proposals and positions. A part refers to what an earlier part saved by key, not by the entity, which the
    /// tracker no longer holds. Called with nothing else pending. Returns the rows added but not yet saved.
    /// </summary>
    private async Task<int> AddInPartsAsync(MappedDocument entity, ReferenceCatalog catalog, AccountLinker linker,
        List<(Event Event, string FileName)> added, List<EventChange> changes, CancellationToken cancellationToken)
    {
        var document = entity.Document;
        var passages = document.Passages;
        document.Passages = [];
        db.Documents.Add(document);
        db.Rounds.AddRange(entity.Rounds);
        await SaveBatchAsync(catalog, cancellationToken);

        var eventsOf = entity.Events.ToLookup(e => e.Passage!);
        var rows = 0;
        foreach (var passage in passages)
        {
            (passage.DocumentId, passage.Document) = (document.Id, null);
            (passage.SectionId, passage.Section) = (passage.Section?.Id, null);
            db.Passages.Add(passage);
            rows++;
            foreach (var e in eventsOf[passage])
            {
                if (rows >= options.SaveBatchRows)
                {
                    // One long passage (a Q&A answer on one line) has more events than a part: the passage, saved, is
                    // attached again, unchanged, for the rest of them.
                    await SavePartAsync();
                    db.Passages.Attach(passage);
                }

                (e.DocumentId, e.Document) = (document.Id, null);
                (e.RoundId, e.Round) = (e.Round?.Id, null);
                db.Events.Add(e);
                rows++;
            }

            if (rows >= options.SaveBatchRows)
            {
                await SavePartAsync();
            }
        }

        if (rows > 0)
        {
            await SavePartAsync();
        }

        async Task SavePartAsync()
        {
            await SaveBatchAsync(catalog, cancellationToken);
            rows = 0;

            // The part's tracking lived through a save, long enough to be old to the collector, which would let it
            // pile up part after part: a large document is where an import's memory is decided.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        // Only now has every event of the document its id.
        linker.Saved();
        Saved(added, changes);

        document.Passages = passages;
        foreach (var proposal in entity.Proposals)
        {
            (proposal.DocumentId, proposal.Document) = (document.Id, null);
            (proposal.PassageId, proposal.Passage) = (proposal.Passage!.Id, null);
            foreach (var point in proposal.Points)
            {
                (point.PassageId, point.Passage) = (point.Passage!.Id, null);
            }
        }

        foreach (var position in entity.Positions)
        {
            (position.DocumentId, position.Document) = (document.Id, null);
            (position.PassageId, position.Passage) = (position.Passage!.Id, null);
        }

        db.Proposals.AddRange(entity.Proposals);
        db.Positions.AddRange(entity.Positions);
        return entity.Proposals.Sum(p => 1 + p.Points.Count) + entity.Positions.Count;
    }

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
