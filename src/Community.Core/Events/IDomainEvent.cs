namespace Community.Core.Events;

/// <summary>Something that happened in a use case, told to the features that care once the change is committed.</summary>
public interface IDomainEvent;

/// <summary>
/// An event of which several in one commit say no more than one would ("idea 7 changed" twice; two reputation
/// changes of one member): the dispatcher folds those with the same key with <see cref="Merge"/> before handlers run.
/// </summary>
public interface ICoalescingEvent : IDomainEvent
{
    object CoalesceKey { get; }

    /// <summary>By default a repeat adds nothing; an event carrying an amount adds it up.</summary>
    IDomainEvent Merge(IDomainEvent later) => this;
}

/// <summary>Reacts to one kind of event after commit. Registered in the feature that cares (badges, inbox, live pushes).</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent happened, CancellationToken ct);
}

/// <summary>
/// Saves what must commit together with the change that raised the event (the asker's notification with the answer):
/// runs inside that transaction just before it commits, so both are kept or neither — in one write turn and one synced
/// commit instead of a second of each after it. An event saved outside any transaction is recorded right after that
/// save. What a recorder raises is dispatched after the commit like the rest.
/// </summary>
public interface IDomainEventRecorder<in TEvent> where TEvent : IDomainEvent
{
    Task RecordAsync(TEvent happened, CancellationToken ct);
}
