using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// The one place that speaks the store's full-text dialect (SQLite FTS5 here). Everything else asks
/// it for the passages that match a reader's words and composes the rest with ordinary LINQ.
/// </summary>
public static class FullTextSearch
{
    /// <summary>Ids of the passages holding every word of <paramref name="text"/> (prefix match on the last word).</summary>
    public static IQueryable<int> MatchingPassageIds(PeaceTalksDbContext db, string text)
    {
        var match = ToMatchExpression(text);
        return match is null
            ? db.Passages.Where(_ => false).Select(p => p.Id)
            : db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM PassageSearch WHERE PassageSearch MATCH {match}");
    }

    /// <summary>
    /// A reader's words as an FTS5 expression: each word quoted, so that operators, quotes and
    /// punctuation in the input are only ever searched for, never executed.
    /// </summary>
    public static string? ToMatchExpression(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Take(12)
            .ToList();
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
}
