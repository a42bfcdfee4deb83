using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction.Comparison;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// Finds, when documents are imported, the events of other documents that tell the same happening as theirs
/// (<see cref="Accounts.TellTheSameHappening"/>: the two accounts share a name) and makes the links, both ways, with
/// the figures on which the two differ (<see cref="EventAccount"/>). Which events are compared:
/// <list type="bullet">
/// <item>two dated events at most <see cref="WindowDays"/> apart: of the events of other documents in that window, the
/// <see cref="NearestPerSide"/> nearest in time on each side, read by date range on the index on DateStart;</item>
/// <item>an undated claim and any event of another document that share a distinctive name: one that at most
/// <see cref="DistinctiveLimit"/> passages of the store use ("Malta", not "Putin" or "This"), found with the full-text index.</item>
/// </list>
/// An event keeps at most <see cref="LinksPerEvent"/> links of its own, those sharing the most names first. The cost of an
/// import grows with its own events, never with the corpus: each event asks for a bounded number of candidates, and
/// the store is not asked at all when it holds no other document (the first import of a corpus).
/// </summary>
public sealed partial class AccountLinker(PeaceTalksDbContext db)
{
    /// <summary>Two dated accounts of one happening lie at most two months apart (a summit and its reports).</summary>
    public const int WindowDays = 62;

    /// <summary>Dated candidates per event on each side of its date, the nearest first.</summary>
    public const int NearestPerSide = 40;

    /// <summary>A name more passages use than this tells no happening apart from the others.</summary>
    public const int DistinctiveLimit = 10;

    /// <summary>Links an event makes of its own (it can be given more by the events that pick it).</summary>
    public const int LinksPerEvent = 10;

    /// <summary>
    /// Stored events of one stretch of dates read at once and sorted out in memory; a stretch holding more is read per
    /// date, <see cref="NearestPerSide"/> on each side, so a dense corpus costs a bounded read per date.
    /// </summary>
    private const int StretchBudget = 5_000;

    /// <summary>Lookups asked at a time, as one query of UNION ALL parts: an import asks thousands.</summary>
    private const int QueryParts = 32;

    private readonly List<(Event Entity, string Sentences)> unsaved = [];
    private readonly List<Subject> subjects = [];
    private readonly Dictionary<int, Subject> stored = [];

    /// <summary>How many passages of the documents compared now use each word, case aside, as the full-text index counts them.</summary>
    private readonly Dictionary<string, int> passagesUsing = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An event as the comparison needs it: its sentences and the names they use, read once.</summary>
    private sealed record Subject(int Id, int DocumentId, DateOnly? Date, string Sentences, IReadOnlySet<string> Names)
    {
        public static Subject Of(int id, int documentId, DateOnly? date, string sentences) =>
            new(id, documentId, date, sentences, Accounts.Anchors(sentences));
    }

    /// <summary>A document of the import and its events, before they are saved (their ids come with the save: <see cref="Saved"/>).</summary>
    public void Add(IEnumerable<Passage> passages, IEnumerable<Event> events)
    {
        CountWords(passages.Select(p => p.Text));
        foreach (var e in events)
        {
            unsaved.Add((e, e.Passage!.Text.Substring(e.PassageStart, e.PassageLength)));
        }
    }

    /// <summary>After a save: the events added since have their ids. Only what the comparison needs is kept, not the entities.</summary>
    public void Saved()
    {
        subjects.AddRange(unsaved.Select(u => Subject.Of(u.Entity.Id, u.Entity.DocumentId, u.Entity.DateStart, u.Sentences)));
        unsaved.Clear();
    }

    /// <summary>
    /// The events of documents stored before accounts were compared at import (<see cref="SourceDocument.AccountsCompared"/>),
    /// compared as if they were imported now; any links they have are made again.
    /// </summary>
    public async Task AddStoredAsync(IReadOnlyList<int> documentIds, CancellationToken cancellationToken)
    {
        await db.EventAccounts
            .Where(a => EF.Parameter(documentIds).Contains(a.Event!.DocumentId) || EF.Parameter(documentIds).Contains(a.OtherEvent!.DocumentId))
            .ExecuteDeleteAsync(cancellationToken);
        CountWords(await db.Passages.AsNoTracking().Where(p => EF.Parameter(documentIds).Contains(p.DocumentId)).Select(p => p.Text).ToListAsync(cancellationToken));
        var events = await db.Events.AsNoTracking().Where(e => EF.Parameter(documentIds).Contains(e.DocumentId))
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.DocumentId, e.DateStart, e.Passage!.Text, e.PassageStart, e.PassageLength })
            .ToListAsync(cancellationToken);
        subjects.AddRange(events.Select(e => Subject.Of(e.Id, e.DocumentId, e.DateStart, e.Text.Substring(e.PassageStart, e.PassageLength))));
    }

    /// <summary>The links of every event added, both ways, ready to be saved in the import's transaction.</summary>
    public async Task<List<EventAccount>> LinkAsync(CancellationToken cancellationToken)
    {
        var documents = subjects.Select(s => s.DocumentId).Distinct().ToList();
        var others = subjects.Count > 0 && await db.Events.AnyAsync(e => !EF.Parameter(documents).Contains(e.DocumentId), cancellationToken);
        var dated = subjects.Where(s => s.Date is not null).OrderBy(s => s.Date).ThenBy(s => s.Id).ToList();
        var position = dated.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var postings = subjects.SelectMany(s => s.Names, (s, name) => (name, s))
            .GroupBy(x => x.name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.s).ToList(), StringComparer.Ordinal);

        // A name the documents compared now already use too often is no name to join accounts by, wherever else it stands.
        var distinctive = postings.Keys.Where(name => passagesUsing.GetValueOrDefault(name) <= DistinctiveLimit).ToList();
        Dictionary<DateOnly, List<Subject>> near = [];
        Dictionary<string, List<Subject>> naming;
        if (others)
        {
            near = await StoredNearAsync(dated.Select(s => s.Date!.Value).Distinct().ToList(), documents, cancellationToken);
            distinctive = await DistinctiveInStoreAsync(distinctive, cancellationToken);
            naming = await StoredNamingAsync(distinctive, documents, cancellationToken);
        }
        else
        {
            naming = distinctive.ToDictionary(name => name, _ => new List<Subject>(), StringComparer.Ordinal);
        }

        var pairs = new Dictionary<(int, int), (Subject First, Subject Second)>();
        foreach (var subject in subjects)
        {
            var candidates = new Dictionary<int, Subject>();
            if (subject.Date is { } date)
            {
                foreach (var other in Nearest(dated, position[subject.Id]).Concat(near.GetValueOrDefault(date) ?? []))
                {
                    candidates.TryAdd(other.Id, other);
                }
            }

            foreach (var name in subject.Names)
            {
                if (!naming.TryGetValue(name, out var storedNaming))
                {
                    continue;
                }

                // Two dated accounts are compared by their dates, whatever names they share: "Minsk" in 2014 and in 2015
                // are two rounds of talks. A name joins accounts across time only when one of them has no date.
                foreach (var other in postings[name].Concat(storedNaming))
                {
                    if (subject.Date is null || other.Date is null)
                    {
                        candidates.TryAdd(other.Id, other);
                    }
                }
            }

            var best = candidates.Values
                .Where(other => other.DocumentId != subject.DocumentId)
                .Select(other => (Other: other, Shared: subject.Names.Count(other.Names.Contains)))
                .Where(c => c.Shared > 0)
                .OrderByDescending(c => c.Shared).ThenBy(c => Distance(subject, c.Other)).ThenBy(c => c.Other.Id)
                .Take(LinksPerEvent);
            foreach (var (other, _) in best)
            {
                pairs.TryAdd(subject.Id < other.Id ? (subject.Id, other.Id) : (other.Id, subject.Id), (subject, other));
            }
        }

        return pairs.Values.SelectMany(p => new[] { Link(p.First, p.Second), Link(p.Second, p.First) }).ToList();
    }

    /// <summary>The dated events of the other documents compared now, nearest in time on each side of one of them.</summary>
    private static IEnumerable<Subject> Nearest(List<Subject> dated, int at)
    {
        var subject = dated[at];
        foreach (var step in new[] { -1, 1 })
        {
            var found = 0;
            for (var i = at + step; i >= 0 && i < dated.Count && found < NearestPerSide; i += step)
            {
                var other = dated[i];
                if (Math.Abs(other.Date!.Value.DayNumber - subject.Date!.Value.DayNumber) > WindowDays)
                {
                    break;
                }

                if (other.DocumentId != subject.DocumentId)
                {
                    found++;
                    yield return other;
                }
            }
        }
    }

    /// <summary>
    /// Counts each word once per passage, as the full-text index does (whole words, case aside), and each hyphened
    /// compound as well, since the index finds "Mexican-American" as its two words in a row.
    /// </summary>
    private void CountWords(IEnumerable<string> passages)
    {
        var counts = passagesUsing.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenSpans = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in passages)
        {
            seen.Clear();
            foreach (var compound in Compound().EnumerateMatches(text))
            {
                var whole = text.AsSpan(compound.Index, compound.Length);
                Count(whole);
                if (whole.Contains('-'))
                {
                    foreach (var part in whole.Split('-'))
                    {
                        Count(whole[part]);
                    }
                }
            }
        }

        void Count(ReadOnlySpan<char> word)
        {
            if (seenSpans.Add(word))
            {
                counts[word] = counts.TryGetValue(word, out var count) ? count + 1 : 1;
            }
        }
    }

    /// <summary>
    /// For each date, the stored events of other documents nearest to it on each side, within the window. Dates whose
    /// windows overlap make a stretch; a stretch holding at most <see cref="StretchBudget"/> stored events is read in one
    /// query, a fuller one as two ranges per date of the index on (DateStart, Precision desc, Id), read in its order.
    /// </summary>
    private async Task<Dictionary<DateOnly, List<Subject>>> StoredNearAsync(List<DateOnly> dates, List<int> documents, CancellationToken cancellationToken)
    {
        var near = new Dictionary<DateOnly, List<Subject>>();
        var candidates = db.Events.AsNoTracking().Where(e => !EF.Parameter(documents).Contains(e.DocumentId));
        var crowded = new List<DateOnly>();
        foreach (var stretch in Stretches(dates))
        {
            var from = stretch[0].AddDays(-WindowDays);
            var to = stretch[^1].AddDays(WindowDays);
            var all = await ReadAsync(
                [(0, candidates.Where(e => e.DateStart >= from && e.DateStart <= to)
                    .OrderBy(e => e.DateStart).ThenByDescending(e => e.Precision).ThenBy(e => e.Id).Take(StretchBudget + 1))],
                cancellationToken);
            if (all.Count > StretchBudget)
            {
                crowded.AddRange(stretch);
                continue;
            }

            var inStretch = all.Select(r => r.Subject).ToList();
            foreach (var date in stretch)
            {
                var after = inStretch.FindIndex(s => s.Date > date);
                after = after < 0 ? inStretch.Count : after;
                near[date] = [
                    .. inStretch.Take(after).Reverse().TakeWhile(s => s.Date >= date.AddDays(-WindowDays)).Take(NearestPerSide),
                    .. inStretch.Skip(after).TakeWhile(s => s.Date <= date.AddDays(WindowDays)).Take(NearestPerSide),
                ];
            }
        }

        foreach (var chunk in crowded.Chunk(QueryParts / 2))
        {
            var parts = chunk.SelectMany((date, i) =>
            {
                var from = date.AddDays(-WindowDays);
                var to = date.AddDays(WindowDays);
                return new[]
                {
                    (2 * i, candidates.Where(e => e.DateStart >= from && e.DateStart <= date)
                        .OrderByDescending(e => e.DateStart).ThenBy(e => e.Precision).ThenByDescending(e => e.Id).Take(NearestPerSide)),
                    ((2 * i) + 1, candidates.Where(e => e.DateStart > date && e.DateStart <= to)
                        .OrderBy(e => e.DateStart).ThenByDescending(e => e.Precision).ThenBy(e => e.Id).Take(NearestPerSide)),
                };
            });
            var found = (await ReadAsync(parts, cancellationToken)).ToLookup(r => r.Part / 2, r => r.Subject);
            for (var i = 0; i < chunk.Length; i++)
            {
                near[chunk[i]] = [.. found[i]];
            }
        }

        return near;
    }

    /// <summary>Sorted dates in runs whose windows overlap.</summary>
    private static IEnumerable<List<DateOnly>> Stretches(List<DateOnly> dates)
    {
        var run = new List<DateOnly>();
        foreach (var date in dates.Order())
        {
            if (run.Count > 0 && date.DayNumber - run[^1].DayNumber > 2 * WindowDays)
            {
                yield return run;
                run = [];
            }

            run.Add(date);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>
    /// Of the names the documents compared now use rarely, those that at most <see cref="DistinctiveLimit"/> passages of the
    /// whole store use, counted by the full-text index, which stops counting a name past the limit (FTS5 reads its
    /// matches in rowid order, so the first ones by id cost no sort).
    /// </summary>
    private async Task<List<string>> DistinctiveInStoreAsync(List<string> names, CancellationToken cancellationToken)
    {
        var words = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        var distinctive = new List<string>();
        foreach (var chunk in words.Chunk(QueryParts))
        {
            var union = chunk
                .Select((word, i) => FullTextSearch.PassagesNaming(db, word.Key).OrderBy(id => id).Take(DistinctiveLimit + 1).Select(id => new { Part = i, Id = id }))
                .Aggregate((all, next) => all.Concat(next));
            var counts = (await union.ToListAsync(cancellationToken)).CountBy(r => r.Part).ToDictionary();
            distinctive.AddRange(chunk.Where((_, i) => counts.GetValueOrDefault(i) <= DistinctiveLimit).SelectMany(word => word));
        }

        return distinctive;
    }

    /// <summary>
    /// For each distinctive name, the stored events of other documents whose passages use it (at most
    /// <see cref="DistinctiveLimit"/> passages each). The index reads words case aside; only the events whose own names
    /// hold the name are candidates.
    /// </summary>
    private async Task<Dictionary<string, List<Subject>>> StoredNamingAsync(List<string> names, List<int> documents, CancellationToken cancellationToken)
    {
        var naming = new Dictionary<string, List<Subject>>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(QueryParts))
        {
            var parts = chunk.Select((name, i) =>
            {
                var passages = FullTextSearch.PassagesNaming(db, name).OrderBy(id => id).Take(DistinctiveLimit + 1);
                return (i, db.Events.AsNoTracking().Where(e => passages.Contains(e.PassageId) && !EF.Parameter(documents).Contains(e.DocumentId)));
            });
            var found = (await ReadAsync(parts, cancellationToken)).ToLookup(r => r.Part, r => r.Subject);
            for (var i = 0; i < chunk.Length; i++)
            {
                var name = chunk[i];
                naming[name] = found[i].Where(s => s.Names.Contains(name)).ToList();
            }
        }

        return naming;
    }

    /// <summary>Several bounded queries of events read as one, each row tagged with the part it answers.</summary>
    private async Task<List<(int Part, Subject Subject)>> ReadAsync(IEnumerable<(int Part, IQueryable<Event> Query)> parts, CancellationToken cancellationToken)
    {
        // Anonymous rows: a set operation is translated only over columns, not over a constructor's arguments.
        var union = parts
            .Select(p => p.Query.Select(e => new { p.Part, e.Id, e.DocumentId, e.DateStart, e.Passage!.Text, e.PassageStart, e.PassageLength }))
            .Aggregate((all, next) => all.Concat(next));
        var rows = await union.ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            if (!stored.TryGetValue(r.Id, out var subject))
            {
                subject = Subject.Of(r.Id, r.DocumentId, r.DateStart, r.Text.Substring(r.PassageStart, r.PassageLength));
                stored[r.Id] = subject;
            }

            return (r.Part, subject);
        }).ToList();
    }

    private static int Distance(Subject first, Subject second) =>
        first.Date is { } a && second.Date is { } b ? Math.Abs(a.DayNumber - b.DayNumber) : 0;

    private static EventAccount Link(Subject from, Subject to) => new()
    {
        EventId = from.Id,
        OtherEventId = to.Id,
        SharedNames = string.Join(", ", from.Names.Where(to.Names.Contains).Order(StringComparer.Ordinal)),
        Differences = Accounts.Differences(from.Sentences, to.Sentences)
            .Select(d => new FigureDifference { Kind = d.First.Kind, Value = d.First.Value, Figure = d.First.Text, OtherValue = d.Second.Value, OtherFigure = d.Second.Text })
            .ToList(),
    };

    /// <summary>A word, with the words hyphens join to it ("Mexican-American").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Compound();
}
