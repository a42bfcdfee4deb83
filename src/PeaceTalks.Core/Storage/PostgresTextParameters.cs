using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// PostgreSQL's text cannot hold U+0000, where SQLite's can: a reader's <c>?q=%00</c> would fail the query
/// ("invalid byte sequence for encoding UTF8: 0x00") instead of matching nothing. Each NUL in a string
/// parameter becomes U+FFFD, which keeps the string's length and, like the NUL on SQLite, matches no stored text.
/// </summary>
public sealed class PostgresTextParameters : DbCommandInterceptor
{
    public static readonly PostgresTextParameters Instance = new();

    private PostgresTextParameters()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = parameter.Value switch
            {
                string text when HasNul(text) => Replace(text)!,
                string?[] texts when texts.Any(HasNul) => texts.Select(Replace).ToArray(),
                List<string?> texts when texts.Any(HasNul) => texts.Select(Replace).ToList(),
                var value => value,
            };
        }
    }

    private static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    private static string? Replace(string? text) => text?.Replace('\0', '\uFFFD');
}
