using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Core.Data;

/// <summary>
/// PostgreSQL's form of SQLite's IMMEDIATE transaction. The use cases were written for SQLite, where a transaction
/// holds the database's one write lock from its first statement: read, decide, write, and no other writer can slip in
/// between (that is how 100 parallel identical votes make one vote). PostgreSQL's default READ COMMITTED gives no such
/// guarantee, so every transaction begins by taking one transaction-scoped advisory lock of this database; it is
/// released by COMMIT or ROLLBACK, also when the connection drops, and it is held across every node sharing the
/// database. A single statement outside a transaction (a guarded <c>UPDATE … WHERE</c>) needs no lock: PostgreSQL
/// re-checks its condition against the row it updates.
/// <para>
/// The price is SQLite's: write transactions run one at a time. Readers never wait. A transaction that waits longer
/// than <see cref="LongestWait"/> fails rather than hangs, like <see cref="WriteQueue"/>.
/// </para>
/// </summary>
public sealed class PostgresWriteLock : DbTransactionInterceptor
{
    /// <summary>Any constant shared by every node: "Community" in ASCII. Advisory locks are per database.</summary>
    public const long Key = 0x436F6D6D756E6974;

    private const string LongestWait = "30s";

    private static readonly string Sql = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"SET LOCAL lock_timeout = '{LongestWait}'; SELECT pg_advisory_xact_lock({Key})");

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken ct = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(ct);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        return command;
    }
}
