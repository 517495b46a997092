using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Core.Data;

/// <summary>
/// PostgreSQL text cannot hold U+0000: a parameter containing one fails the whole statement, where SQLite stores or
/// compares it like any character. Members can send one (pasted text, hostile forms and query strings); it is
/// invisible, so on PostgreSQL it is dropped from every text parameter of every command — saves, look-ups and searches
/// alike — rather than turning the request into a server error.
/// </summary>
public sealed class PostgresTextWithoutNul : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        DropNul(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        DropNul(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        DropNul(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        DropNul(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        DropNul(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken ct = default)
    {
        DropNul(command);
        return ValueTask.FromResult(result);
    }

    private static void DropNul(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = parameter.Value switch
            {
                string text when text.Contains('\0', StringComparison.Ordinal) => Without(text),
                // A list compared with IN / = ANY arrives as one array parameter.
                IEnumerable<string?> texts when texts.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true) => texts.Select(t => t is null ? t : Without(t)).ToArray(),
                var other => other,
            };
        }
    }

    private static string Without(string text) => text.Replace("\0", "", StringComparison.Ordinal);
}
