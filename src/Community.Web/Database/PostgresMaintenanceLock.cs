using Npgsql;

namespace Community.Web.Database;

/// <summary>
/// <see cref="MaintenanceLock"/> on PostgreSQL: one process at a time migrates, seeds or restores a database. The holder
/// keeps a session-level advisory lock on a connection of its own; PostgreSQL drops it when that connection ends,
/// including when the process dies, so a lock is never left behind (EF Core's own migration lock on PostgreSQL is a
/// table lock inside the migration's transaction, which ends the same way).
/// </summary>
public sealed class PostgresMaintenanceLock : IAsyncDisposable
{
    /// <summary>Not <see cref="Community.Core.Data.PostgresWriteLock.Key"/>: seeding holds this one and writes under that one.</summary>
    public const long Key = Community.Core.Data.PostgresWriteLock.Key + 1;

    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    private readonly NpgsqlConnection _connection;

    private PostgresMaintenanceLock(NpgsqlConnection connection) => _connection = connection;

    public static string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"advisory lock {Key}");

    /// <summary>As <see cref="MaintenanceLock.AcquireAsync"/>: null if another process still holds it at the deadline.</summary>
    public static async Task<PostgresMaintenanceLock?> AcquireAsync(string connectionString, TimeSpan timeout, Action<TimeSpan> waiting, TimeProvider clock,
        CancellationToken ct = default)
    {
        // Its own physical connection: returned to a pool, the lock would stay with a connection someone else then uses.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            var started = clock.GetTimestamp();
            var nextReport = TimeSpan.Zero;
            while (true)
            {
                // The server waits up to a second for the lock, and we get to report in between.
                await using var command = new NpgsqlCommand($"SET lock_timeout = '1s'; SELECT pg_advisory_lock({Key})", connection);
                try
                {
                    await command.ExecuteNonQueryAsync(ct);
                    return new PostgresMaintenanceLock(connection);
                }
                catch (PostgresException busy) when (busy.SqlState == PostgresErrorCodes.LockNotAvailable)
                {
                    var waited = clock.GetElapsedTime(started);
                    if (waited >= timeout)
                    {
                        await connection.DisposeAsync();
                        return null;
                    }
                    if (waited >= nextReport)
                    {
                        waiting(waited);
                        nextReport = waited + ReportEvery;
                    }
                }
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session releases its advisory locks.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
