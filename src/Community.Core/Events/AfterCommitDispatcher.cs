using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Events;

/// <summary>
/// Runs each event's recorders inside its transaction, just before it commits, and hands committed events to their
/// handlers: after a transaction commits, or after a save made outside any transaction — and only then, so nothing is
/// announced that could still roll back. Handlers may write and raise events of their own; those are dispatched in the
/// same loop, not re-entrantly. One per process: the recorders and handlers come from the context's own scope.
/// </summary>
public sealed class AfterCommitDispatcher : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is Data.CommunityDbContext db && db.Database.CurrentTransaction is null) await DispatchAsync(db, ct);
        return result;
    }

    /// <summary>Runs the recorders of the committing transaction's events (and of what they raise) inside it.</summary>
    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken ct = default)
    {
        if (eventData.Context is not Data.CommunityDbContext { Scope: { } services } db) return result;
        for (var waiting = db.Events.TakeUnrecorded(eventData.TransactionId); waiting.Count > 0; waiting = db.Events.TakeUnrecorded(eventData.TransactionId))
            foreach (var happened in waiting) await RecordAsync(services, happened, ct);
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is not Data.CommunityDbContext db) return;
        // The committed transaction is still the context's current one until it is disposed; handlers write on their
        // own, so it is let go first.
        await db.Database.UseTransactionAsync(null, ct);
        db.Events.Committed(eventData.TransactionId);
        await DispatchAsync(db, ct);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        (eventData.Context as Data.CommunityDbContext)?.Events.DropTransaction(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private static async Task DispatchAsync(Data.CommunityDbContext db, CancellationToken ct)
    {
        var events = db.Events;
        if (events.Dispatching || db.Scope is not { } services) return;
        events.Dispatching = true;
        try
        {
            for (var batch = events.TakeFinal(); batch.Count > 0; batch = events.TakeFinal())
            {
                // Saved outside any transaction: nothing to commit with, so its recorders write now, before the reactions.
                foreach (var (happened, _) in batch.Where(b => !b.Recorded)) await RecordAsync(services, happened, ct);
                foreach (var happened in Coalesced(batch.Select(b => b.Event).ToList()))
                    await EachAsync(services, typeof(IDomainEventHandler<>), nameof(IDomainEventHandler<IDomainEvent>.HandleAsync), happened, ct);
            }
        }
        finally
        {
            events.Dispatching = false;
        }
    }

    private static Task RecordAsync(IServiceProvider services, IDomainEvent happened, CancellationToken ct) =>
        EachAsync(services, typeof(IDomainEventRecorder<>), nameof(IDomainEventRecorder<IDomainEvent>.RecordAsync), happened, ct);

    /// <summary>Calls <paramref name="method"/> on every registered <paramref name="open"/>&lt;event type&gt;, in registration order.</summary>
    private static async Task EachAsync(IServiceProvider services, Type open, string method, IDomainEvent happened, CancellationToken ct)
    {
        var closed = open.MakeGenericType(happened.GetType());
        var call = closed.GetMethod(method)!;
        foreach (var reactor in services.GetServices(closed)) await (Task)call.Invoke(reactor, [happened, ct])!;
    }

    private static List<IDomainEvent> Coalesced(IReadOnlyList<IDomainEvent> batch)
    {
        var folded = new List<IDomainEvent>();
        var at = new Dictionary<(Type, object), int>();
        foreach (var happened in batch)
        {
            if (happened is ICoalescingEvent coalescing && at.TryGetValue((happened.GetType(), coalescing.CoalesceKey), out var index))
                folded[index] = ((ICoalescingEvent)folded[index]).Merge(happened);
            else
            {
                if (happened is ICoalescingEvent key) at[(happened.GetType(), key.CoalesceKey)] = folded.Count;
                folded.Add(happened);
            }
        }
        return folded;
    }
}
