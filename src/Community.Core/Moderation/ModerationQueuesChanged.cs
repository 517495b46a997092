using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Moderation;

/// <summary>A post went into (or out of) a moderation queue.</summary>
public sealed record ModerationQueuesChanged : ICoalescingEvent
{
    public object CoalesceKey => nameof(ModerationQueuesChanged);
}

/// <summary>Moderators' queue counts update live.</summary>
public sealed class RefreshModerationQueues(ICommunityNotifier notifier) : IDomainEventHandler<ModerationQueuesChanged>
{
    public Task HandleAsync(ModerationQueuesChanged happened, CancellationToken ct) => notifier.ModerationQueuesChangedAsync();
}
