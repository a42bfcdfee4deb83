using System.Text;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// The one place that speaks the stores' full-text dialects: SQLite FTS5 (the <c>PassageSearch</c> table) and
/// PostgreSQL <c>tsvector</c> (a GIN index on the passage text). Everything else asks it for the events or
/// passages that match a reader's words and composes the rest with ordinary LINQ.
/// </summary>
public static class FullTextSearch
{
    /// <summary>Events whose passage holds every word of <paramref name="text"/>, or whose title holds the text (case aside).</summary>
    public static IQueryable<Event> Matching(this IQueryable<Event> events, PeaceTalksDbContext db, string text)
    {
        var passages = MatchingPassageIds(db, text);
        var pattern = $"%{LiteralPattern(text.Trim())}%";

        // SQLite's LIKE ignores ASCII case; ILIKE does so on PostgreSQL. Both with '\' as the escape character, so that
        // what the reader typed is only ever searched for: "q=%" matched every title, "q=Ru_sia" Russia's.
        return db.Database.IsNpgsql()
            ? events.Where(e => passages.Contains(e.PassageId) || EF.Functions.ILike(e.Title, pattern, LikeEscape))
            : events.Where(e => passages.Contains(e.PassageId) || EF.Functions.Like(e.Title, pattern, LikeEscape));
    }

    private const string LikeEscape = "\\";

    /// <summary>
    /// The reader's text as a LIKE pattern that matches only itself: '%', '_' and the escape character escaped, and a NUL
    /// (which ends SQLite's pattern there, so that "%00zzzz" matched every title) made U+FFFD, which no title holds.
    /// </summary>
    public static string LiteralPattern(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace('\0', '\uFFFD');

    /// <summary>Ids of the passages holding every word of <paramref name="text"/> (prefix match on the last word).</summary>
    public static IQueryable<int> MatchingPassageIds(PeaceTalksDbContext db, string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return db.Passages.Where(_ => false).Select(p => p.Id);
        }

        // PostgreSQL's text-search configuration is 'simple', in the GIN index (migration PassageSearch) and here
        // alike, or the index is not used: it lower-cases without stemming or stop words, as FTS5's unicode61
        // tokenizer does on SQLite, so a word finds the same passages on both stores; English stemming would also
        // mangle the names of people and places that readers mostly search for.
        if (db.Database.IsNpgsql())
        {
            var query = ToTsQuery(words);
            return db.Database.SqlQuery<int>(
                $"""SELECT "Id" AS "Value" FROM "Passages" WHERE to_tsvector('simple'::regconfig, "Text") @@ to_tsquery('simple'::regconfig, {query})""");
        }

        var match = ToMatchExpression(text);
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM PassageSearch WHERE PassageSearch MATCH {match}");
    }

    /// <summary>
    /// Ids of the passages that use the name <paramref name="name"/> ("Malta", "Jean-Yves"): its words as one phrase, whole
    /// words only, case aside. For the importer's comparison of accounts (<see cref="AccountLinker"/>), which asks how many
    /// passages use a name before it takes the name as distinctive.
    /// </summary>
    public static IQueryable<int> PassagesNaming(PeaceTalksDbContext db, string name)
    {
        var words = Words(name.Replace('-', ' '));
        if (words.Count == 0)
        {
            return db.Passages.Where(_ => false).Select(p => p.Id);
        }

        if (db.Database.IsNpgsql())
        {
            var phrase = string.Join(' ', words);
            return db.Database.SqlQuery<int>(
                $"""SELECT "Id" AS "Value" FROM "Passages" WHERE to_tsvector('simple'::regconfig, "Text") @@ phraseto_tsquery('simple'::regconfig, {phrase})""");
        }

        // One FTS5 phrase of plain words: the words hold only letters and digits, so nothing in them is syntax.
        var match = "\"" + string.Join(' ', words) + "\"";
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM PassageSearch WHERE PassageSearch MATCH {match}");
    }

    /// <summary>
    /// A reader's words as an FTS5 expression: each word quoted, so that operators, quotes and
    /// punctuation in the input are only ever searched for, never executed.
    /// </summary>
    public static string? ToMatchExpression(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            builder.Append(i == 0 ? "" : " ").Append('"').Append(words[i]).Append('"');
        }

        return builder.Append('*').ToString();
    }

    /// <summary>
    /// The same words as a PostgreSQL tsquery: all of them (<c>&amp;</c>), the last as a prefix (<c>:*</c>).
    /// The words hold only letters and digits, so nothing a reader types is read as tsquery syntax.
    /// </summary>
    public static string ToTsQuery(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select((w, i) => i == words.Count - 1 ? w + ":*" : w));

    /// <summary>Up to twelve words of letters and digits; everything else the reader typed is dropped.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Take(12)
            .ToList();
}
