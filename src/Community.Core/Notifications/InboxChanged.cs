using Community.Core.Data;
using Community.Core.Events;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Notifications;

/// <summary>A member's inbox gained notifications; several in one commit ring the bell once.</summary>
public sealed record InboxChanged(int MemberId) : ICoalescingEvent
{
    public object CoalesceKey => MemberId;
}

/// <summary>
/// The member's bell shows the new unread count live, once the notification is committed: a notification saved inside
/// a transaction (with the answer it is about) is not announced before that transaction commits, nor if it rolls back.
/// </summary>
public sealed class PushInboxCount(CommunityDbContext db, ICommunityNotifier notifier) : IDomainEventHandler<InboxChanged>
{
    public async Task HandleAsync(InboxChanged happened, CancellationToken ct)
    {
        var unread = await db.Notifications.CountAsync(n => n.MemberId == happened.MemberId && n.ReadAt == null, ct);
        await notifier.InboxChangedAsync(happened.MemberId, unread);
    }
}
