using Microsoft.Data.Sqlite;

namespace Community.Web.Database;

/// <summary>
/// Lets one process at a time migrate, seed or restore a database: the holder keeps an exclusive SQLite lock on an
/// empty side file, <c>&lt;database&gt;-maintenance-lock</c>, which is never written and never deleted (deleting a lock
/// file lets two processes lock two different files of one name).
/// <para>
/// Why not rely on EF Core's own migration lock: on SQLite it is a row in <c>__EFMigrationsLock</c> that only EF's
/// explicit DELETE removes, so a process killed mid-migration leaves it behind and every later start retries forever
/// without a word. SQLite's locks are POSIX advisory locks, which the kernel drops the moment their process dies. So
/// while we hold this lock no other live process of ours is migrating, and an EF lock row we find then was left by a
/// dead one: it is safe to remove at once, with no age to guess. These are the same locks SQLite relies on to keep the
/// database itself consistent, and every process sharing a WAL database runs on the same host, so they hold wherever
/// the database is safe at all. Not covered: <c>dotnet ef database update</c> run by hand does not take this lock —
/// operators use the <c>migrate</c> command instead.
/// </para>
/// </summary>
public sealed class MaintenanceLock : IAsyncDisposable
{
    private const int SqliteBusy = 5;
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    private readonly SqliteConnection _connection;

    private MaintenanceLock(SqliteConnection connection) => _connection = connection;

    public static string FileFor(string databasePath) => databasePath + "-maintenance-lock";

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the lock, calling <paramref name="waiting"/> with the time waited so
    /// far after the first second and then every ten seconds; null if another process still holds it at the deadline.
    /// </summary>
    public static async Task<MaintenanceLock?> AcquireAsync(string databasePath, TimeSpan timeout, Action<TimeSpan> waiting, TimeProvider clock,
        CancellationToken ct = default)
    {
        var started = clock.GetTimestamp();
        var nextReport = TimeSpan.Zero;
        while (true)
        {
            if (await TryAcquireAsync(databasePath, ct) is { } held) return held;
            var waited = clock.GetElapsedTime(started);
            if (waited >= timeout) return null;
            if (waited >= nextReport)
            {
                waiting(waited);
                nextReport = waited + ReportEvery;
            }
        }
    }

    /// <summary>
    /// One attempt, on a connection of its own, one statement per command. Retrying "PRAGMA journal_mode=OFF; BEGIN
    /// EXCLUSIVE;" as one command on one connection after SQLITE_BUSY sometimes reported success without any lock on
    /// the file (seen with four processes contending; /proc/locks showed only the real holder).
    /// </summary>
    private static async Task<MaintenanceLock?> TryAcquireAsync(string databasePath, CancellationToken ct)
    {
        // A one-second busy timeout: SQLite itself waits that long for the lock, and we get to report in between.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FileFor(databasePath), Pooling = false, DefaultTimeout = 1 }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            // journal_mode=OFF: nothing is written, so no -journal file is left beside the lock file either.
            foreach (var statement in (string[])["PRAGMA journal_mode=OFF", "BEGIN EXCLUSIVE"])
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(ct);
            }
            return new MaintenanceLock(connection);
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode == SqliteBusy)
        {
            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the connection ends the transaction and releases the lock.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
