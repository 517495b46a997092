using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Events;

/// <summary>
/// Hands committed events to their handlers: after a transaction commits, or after a save made outside any
/// transaction — and only then, so nothing is announced that could still roll back. Handlers may write and raise
/// events of their own; those are dispatched in the same loop, not re-entrantly. One per process: the handlers come
/// from the context's own scope.
/// </summary>
public sealed class AfterCommitDispatcher : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is Data.CommunityDbContext db && db.Database.CurrentTransaction is null) await DispatchAsync(db, null, ct);
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is not Data.CommunityDbContext db) return;
        // The committed transaction is still the context's current one until it is disposed; handlers write on their
        // own, so it is let go first.
        await db.Database.UseTransactionAsync(null, ct);
        await DispatchAsync(db, eventData.TransactionId, ct);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        (eventData.Context as Data.CommunityDbContext)?.Events.DropTransaction(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private static async Task DispatchAsync(Data.CommunityDbContext db, Guid? committed, CancellationToken ct)
    {
        var events = db.Events;
        if (events.Dispatching || db.Scope is not { } services) return;
        events.Dispatching = true;
        try
        {
            for (var batch = events.TakeCommitted(committed); batch.Count > 0; batch = events.TakeCommitted(null))
            {
                foreach (var happened in Coalesced(batch))
                {
                    var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(happened.GetType());
                    foreach (var handler in services.GetServices(handlerType))
                        await (Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!.Invoke(handler, [happened, ct])!;
                }
            }
        }
        finally
        {
            events.Dispatching = false;
        }
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
