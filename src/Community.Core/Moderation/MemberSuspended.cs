using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Moderation;

/// <summary>A member was suspended (until a time, or for good) or the suspension was lifted (<see cref="Until"/> null).</summary>
public sealed record MemberSuspended(int MemberId, DateTime? Until) : IDomainEvent;

/// <summary>A suspended member's open pages lose their live connection at once, on every node.</summary>
public sealed class DisconnectSuspendedMember(ICommunityNotifier notifier) : IDomainEventHandler<MemberSuspended>
{
    public Task HandleAsync(MemberSuspended happened, CancellationToken ct) => notifier.MemberSuspendedAsync(happened.MemberId, happened.Until);
}
