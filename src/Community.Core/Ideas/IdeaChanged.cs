using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Ideas;

/// <summary>An idea's votes, text or comments changed: open idea pages refresh (several changes in one commit refresh once).</summary>
public sealed record IdeaChanged(int IdeaId) : ICoalescingEvent
{
    public object CoalesceKey => IdeaId;
}

public sealed class PushIdeaChangeLive(ICommunityNotifier notifier) : IDomainEventHandler<IdeaChanged>
{
    public Task HandleAsync(IdeaChanged happened, CancellationToken ct) => notifier.IdeaChangedAsync(happened.IdeaId);
}
