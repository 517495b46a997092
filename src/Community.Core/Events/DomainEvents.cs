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

    /// <summary>True while the events are being handed to their handlers (who may write and raise more).</summary>
    internal bool Dispatching { get; set; }

    public void Raise(IDomainEvent happened) => _pending.Add((db.Database.CurrentTransaction?.TransactionId, happened));

    /// <summary>Takes the events a commit (or a save outside any transaction) made final; drops those of transactions that ended without one.</summary>
    internal IReadOnlyList<IDomainEvent> TakeCommitted(Guid? committed)
    {
        var current = db.Database.CurrentTransaction?.TransactionId;
        var final = _pending.Where(p => p.Transaction is null || p.Transaction == committed).Select(p => p.Event).ToList();
        _pending.RemoveAll(p => p.Transaction is null || p.Transaction == committed || p.Transaction != current);
        return final;
    }

    internal void DropTransaction(Guid transaction) => _pending.RemoveAll(p => p.Transaction == transaction);
}
