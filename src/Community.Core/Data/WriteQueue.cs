using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Community.Core.Data;

/// <summary>
/// SQLite takes one writer at a time. Left to the database, a second writer's BEGIN IMMEDIATE finds the file locked and
/// its thread sleeps and retries (Microsoft.Data.Sqlite: 150 ms a try), so 64 members answering at once spend most of
/// their time asleep on pool threads. Here the writers of this process queue in memory instead: each transaction waits
/// its turn asynchronously before it begins and lets the next one go the moment it commits, rolls back or its
/// connection closes — without a thread blocked and without the database ever seeing two writers of ours at once.
/// A write outside any transaction (ExecuteUpdate, ExecuteDelete, raw SQL) waits for its turn the same way for the one
/// statement it runs, and so does a SaveChanges outside a transaction for all it sends. Such saves were once left to
/// SQLite: the notification each answer leaves for the asker, saved after the answer's commit, met the next queued
/// writer and slept in SQLite's busy handler (steps of up to 100 ms) on a pool thread — 70 % of the busy thread time
/// with 64 members answering at once (2026-12-03).
/// One per process (a singleton); registered before any interceptor that writes after a commit, so the turn is let go
/// before those writes ask for theirs.
/// </summary>
public sealed class WriteQueue : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor, IDisposable
{
    /// <summary>Longer than any write transaction should take; a request still waiting after this gets an error, not a hang.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _turn = new(1, 1);
    /// <summary>The connection (EF's id for it) whose transaction or single statement has the turn; at most one.</summary>
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    /// <summary>Connections holding the turn for one statement outside a transaction (ended when the statement ends).</summary>
    private readonly ConcurrentDictionary<Guid, byte> _statements = new();

    /// <summary>Connections holding the turn for a SaveChanges outside a transaction (ended when the save ends).</summary>
    private readonly ConcurrentDictionary<Guid, byte> _saves = new();

    private int _waiting;

    /// <summary>Writers of this process waiting for their turn right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        if (SavingAlready(eventData.ConnectionId)) return result;
        await TakeTurnAsync(eventData.ConnectionId, ct);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (SavingAlready(eventData.ConnectionId)) return result;
        TakeTurn(eventData.ConnectionId);
        return result;
    }

    // A save of several statements runs them in a transaction of its own, inside the turn the save already holds.
    private bool SavingAlready(Guid connection) => _saves.ContainsKey(connection) && _holders.ContainsKey(connection);

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (SaveNeedsTurn(eventData, out var connection)) await TakeTurnAsync(connection, ct, _saves);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (SaveNeedsTurn(eventData, out var connection)) TakeTurn(connection, _saves);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SaveEnded(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        SaveEnded(eventData);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => SaveEnded(eventData);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        SaveEnded(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => SaveEnded(eventData);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        SaveEnded(eventData);
        return Task.CompletedTask;
    }

    // Inside a transaction the transaction holds the turn. (A save with nothing to send takes it too: asking first
    // would detect the changes twice on every save.)
    private bool SaveNeedsTurn(DbContextEventData eventData, out Guid connection)
    {
        connection = Guid.Empty;
        if (eventData.Context is not { } context || context.Database.CurrentTransaction is not null) return false;
        connection = context.GetService<IRelationalConnection>().ConnectionId;
        return !_holders.ContainsKey(connection);
    }

    private void SaveEnded(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context) return;
        var connection = context.GetService<IRelationalConnection>().ConnectionId;
        if (_saves.TryRemove(connection, out _)) Release(connection);
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
        await TakeTurnAsync(eventData.ConnectionId, ct, _statements);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is not null || _holders.ContainsKey(eventData.ConnectionId)) return result;
        TakeTurn(eventData.ConnectionId, _statements);
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

    /// <param name="heldFor">Where the holder is noted when its turn ends with something other than a transaction.</param>
    private async Task TakeTurnAsync(Guid connection, CancellationToken ct, ConcurrentDictionary<Guid, byte>? heldFor = null)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!await _turn.WaitAsync(LongestWait, ct)) throw TimedOut();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        Hold(connection);
        if (heldFor is not null) heldFor[connection] = 0;
    }

    private void TakeTurn(Guid connection, ConcurrentDictionary<Guid, byte>? heldFor = null)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!_turn.Wait(LongestWait)) throw TimedOut();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        Hold(connection);
        if (heldFor is not null) heldFor[connection] = 0;
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
