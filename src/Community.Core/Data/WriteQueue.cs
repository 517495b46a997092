using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Core.Data;

/// <summary>
/// SQLite takes one writer at a time. Left to the database, a second writer's BEGIN IMMEDIATE finds the file locked and
/// its thread sleeps and retries (Microsoft.Data.Sqlite: 150 ms a try), so 64 members answering at once spend most of
/// their time asleep on pool threads. Here the writers of this process queue in memory instead: each transaction waits
/// its turn asynchronously before it begins and lets the next one go the moment it commits, rolls back or its
/// connection closes — without a thread blocked and without the database ever seeing two writers of ours at once.
/// A write outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL) waits for its turn the same way for the one
/// statement it runs. A one-statement SaveChanges, which EF runs without a transaction, is not queued; when it meets a
/// queued writer, busy_timeout (<see cref="SqlitePragmas"/>) makes SQLite wait in millisecond steps — it was one such
/// unqueued write that made queued writers sleep Microsoft.Data.Sqlite's fixed 150 ms.
/// One per process (a singleton); registered before any interceptor that writes after a commit.
/// </summary>
public sealed class WriteQueue : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, IDisposable
{
    /// <summary>Longer than any write transaction should take; a request still waiting after this gets an error, not a hang.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _turn = new(1, 1);
    /// <summary>The connection (EF's id for it) whose transaction or single statement has the turn; at most one.</summary>
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    /// <summary>Connections holding the turn for one statement outside a transaction (ended when the statement ends).</summary>
    private readonly ConcurrentDictionary<Guid, byte> _statements = new();

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        if (!await _turn.WaitAsync(LongestWait, ct)) throw TimedOut();
        Hold(eventData.ConnectionId);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!_turn.Wait(LongestWait)) throw TimedOut();
        Hold(eventData.ConnectionId);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        if (command.Transaction is not null || _holders.ContainsKey(eventData.ConnectionId)) return result;
        if (!await _turn.WaitAsync(LongestWait, ct)) throw TimedOut();
        Hold(eventData.ConnectionId);
        _statements[eventData.ConnectionId] = 0;
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is not null || _holders.ContainsKey(eventData.ConnectionId)) return result;
        if (!_turn.Wait(LongestWait)) throw TimedOut();
        Hold(eventData.ConnectionId);
        _statements[eventData.ConnectionId] = 0;
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        StatementEnded(eventData.ConnectionId);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
    {
        StatementEnded(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => StatementEnded(eventData.ConnectionId);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken ct = default)
    {
        StatementEnded(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => StatementEnded(eventData.ConnectionId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken ct = default)
    {
        StatementEnded(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    private void StatementEnded(Guid connection)
    {
        if (_statements.TryRemove(connection, out _)) Release(connection);
    }

    // A transaction disposed without commit or rollback (an exception left the using block) rolls back inside the
    // provider without telling interceptors; its connection closes right after, and that ends the turn.
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    private void Hold(Guid connection)
    {
        if (!_holders.TryAdd(connection, 0))
        {
            _turn.Release();
            throw new InvalidOperationException("A second transaction was begun on a connection that already holds the write turn.");
        }
    }

    private void Release(Guid connection)
    {
        if (_holders.TryRemove(connection, out _)) _turn.Release();
    }

    public void Dispose() => _turn.Dispose();

    private static TimeoutException TimedOut() =>
        new($"A write waited more than {LongestWait.TotalSeconds:0} s for its turn: another write transaction is taking too long.");
}
