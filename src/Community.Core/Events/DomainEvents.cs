using Microsoft.EntityFrameworkCore;

namespace Community.Core.Events;

/// <summary>
/// The events raised in one scope (one request, one hub call) and not yet dispatched. An event raised inside a
/// transaction belongs to it: it is dispatched when that transaction commits and dropped if it never does. Owned by the
/// context (the unit of work), so whoever writes can raise without another dependency.
/// </summary>
public sealed class DomainEvents(DbContext db)
{
    private readonly List<(Guid? Transaction, IDomainEvent Event)> _pending = [];

    /// <summary>Events whose recorders already ran inside their transaction (by reference: two equal events are two events).</summary>
    private readonly HashSet<IDomainEvent> _recorded = new(ReferenceEqualityComparer.Instance);

    /// <summary>True while the events are being handed to their handlers (who may write and raise more).</summary>
    internal bool Dispatching { get; set; }

    public void Raise(IDomainEvent happened) => _pending.Add((db.Database.CurrentTransaction?.TransactionId, happened));

    /// <summary>
    /// A transaction committed: its events are final, as if raised outside any transaction. They are taken at once, or
    /// — when it was a handler's own transaction, committed while the dispatcher is busy — by the dispatcher's next round.
    /// </summary>
    internal void Committed(Guid transaction)
    {
        for (var i = 0; i < _pending.Count; i++)
            if (_pending[i].Transaction == transaction) _pending[i] = (null, _pending[i].Event);
    }

    /// <summary>Takes the final events (raised outside any transaction, or committed); drops those of transactions that ended without a commit.</summary>
    internal IReadOnlyList<(IDomainEvent Event, bool Recorded)> TakeFinal()
    {
        var current = db.Database.CurrentTransaction?.TransactionId;
        var final = _pending.Where(p => p.Transaction is null).Select(p => (p.Event, _recorded.Contains(p.Event))).ToList();
        Remove(p => p.Transaction is null || p.Transaction != current);
        return final;
    }

    /// <summary>The events of a transaction about to commit whose recorders have not run yet; each is marked as recorded.</summary>
    internal IReadOnlyList<IDomainEvent> TakeUnrecorded(Guid transaction) =>
        _pending.Where(p => p.Transaction == transaction && _recorded.Add(p.Event)).Select(p => p.Event).ToList();

    internal void DropTransaction(Guid transaction) => Remove(p => p.Transaction == transaction);

    private void Remove(Predicate<(Guid? Transaction, IDomainEvent Event)> gone)
    {
        foreach (var pending in _pending.Where(p => gone(p))) _recorded.Remove(pending.Event);
        _pending.RemoveAll(gone);
    }
}
