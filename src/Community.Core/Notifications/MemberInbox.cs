using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Notifications;

/// <summary>
/// What a member is told: stores a notification for the bell and pushes it live. Also turns a
/// reputation change into a level-up notice when it crosses a rung.
/// </summary>
public sealed class MemberInbox(CommunityDbContext db, ICommunityNotifier notifier, IOptions<AdvocacyOptions> advocacy, TimeProvider clock)
{
    public async Task TellAsync(int memberId, string kind, string argument, string url, CancellationToken ct = default)
    {
        db.Notifications.Add(new Notification
        {
            MemberId = memberId, Kind = kind, Argument = argument.Length > 200 ? argument[..200] : argument, Url = url, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        var unread = await db.Notifications.CountAsync(n => n.MemberId == memberId && n.ReadAt == null, ct);
        await notifier.InboxChangedAsync(memberId, unread);
    }

    public async Task ReputationChangedAsync(int memberId, int reputation, int delta, CancellationToken ct = default)
    {
        await notifier.ReputationChangedAsync(memberId, reputation, delta);
        var ladder = advocacy.Value.Ladder;
        var before = AdvocateLevelPolicy.For(reputation - delta, ladder).Current;
        var after = AdvocateLevelPolicy.For(reputation, ladder).Current;
        if (after.Number <= before.Number) return;
        await notifier.LevelReachedAsync(memberId, after.Number, after.Name, after.KoreanName);
        await TellAsync(memberId, NotificationKinds.LevelReached, after.Number.ToString(), $"/users/{memberId}", ct);
    }

    public Task MarkAllReadAsync(int memberId, CancellationToken ct = default) =>
        db.Notifications.Where(n => n.MemberId == memberId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow().UtcDateTime), ct);
}
