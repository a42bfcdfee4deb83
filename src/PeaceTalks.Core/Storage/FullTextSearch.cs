using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// The one place that speaks the stores' full-text dialects: SQLite FTS5 (the <c>PassageSearch</c> table) and
/// PostgreSQL <c>tsvector</c> (a GIN index on the passage text). Everything else asks it for the events or
/// passages that match a reader's words and composes the rest with ordinary LINQ.
/// </summary>
public static partial class FullTextSearch
{
    /// <summary>
    /// Events whose passage or whose title holds every word of <paramref name="text"/> (case aside, the last word as a prefix).
    /// Words, never substrings: "ussia" finds nothing, as in the passages. The title is searched too because it may hold words
    /// its passage lacks (a pronoun made the name it stands for).
    /// </summary>
    public static IQueryable<Event> Matching(this IQueryable<Event> events, PeaceTalksDbContext db, string text)
    {
        var passages = MatchingPassageIds(db, text);
        var titles = MatchingTitleIds(db, text);
        return events.Where(e => passages.Contains(e.PassageId) || titles.Contains(e.Id));
    }

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

    /// <summary>Ids of the events whose title holds every word of <paramref name="text"/> (prefix match on the last word).</summary>
    public static IQueryable<int> MatchingTitleIds(PeaceTalksDbContext db, string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return db.Events.Where(_ => false).Select(e => e.Id);
        }

        if (db.Database.IsNpgsql())
        {
            var query = ToTsQuery(words);
            return db.Database.SqlQuery<int>(
                $"""SELECT "Id" AS "Value" FROM "Events" WHERE to_tsvector('simple'::regconfig, "Title") @@ to_tsquery('simple'::regconfig, {query})""");
        }

        var match = ToMatchExpression(text);
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM EventTitleSearch WHERE EventTitleSearch MATCH {match}");
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

    /// <summary>
    /// Up to twelve words of letters and digits, split wherever anything else stands, as both stores' tokenizers split the
    /// text they index: "Russia's" is "Russia" and "s", never "Russias", which no index holds.
    /// </summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Take(12).ToList();

    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Mn}]+")]
    private static partial Regex WordPattern();
}
