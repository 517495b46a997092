using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Notifications;

/// <summary>
/// What a member is told: stores a notification for the bell, pushed live once it is committed (<see cref="PushInboxCount"/>;
/// inside a caller's transaction it commits with the caller's change). Also turns a
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
        db.Events.Raise(new InboxChanged(memberId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One notification for each of many members (an idea's voters): one insert, then each member's bell live.</summary>
    public async Task TellManyAsync(IReadOnlyCollection<int> memberIds, string kind, string argument, string url, CancellationToken ct = default)
    {
        if (memberIds.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var text = argument.Length > 200 ? argument[..200] : argument;
        db.Notifications.AddRange(memberIds.Distinct().Select(id => new Notification { MemberId = id, Kind = kind, Argument = text, Url = url, CreatedAt = now }));
        await db.SaveChangesAsync(ct);
        foreach (var chunk in memberIds.Distinct().Chunk(500))
        {
            var unread = await db.Notifications.Where(n => chunk.Contains(n.MemberId) && n.ReadAt == null)
                .GroupBy(n => n.MemberId).Select(g => new { MemberId = g.Key, Count = g.Count() }).ToListAsync(ct);
            foreach (var member in unread) await notifier.InboxChangedAsync(member.MemberId, member.Count);
        }
    }

    public async Task ReputationChangedAsync(int memberId, int reputation, int delta, CancellationToken ct = default)
    {
        await notifier.ReputationChangedAsync(memberId, reputation, delta);
        var ladder = advocacy.Value.Ladder;
        var before = AdvocateLevelPolicy.For(reputation - delta, ladder).Current;
        var after = AdvocateLevelPolicy.For(reputation, ladder).Current;
        if (after.Number <= before.Number) return;
        await notifier.LevelReachedAsync(memberId, after.Number, after.Name, after.KoreanName);
        await TellAsync(memberId, NotificationKinds.LevelReached, after.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"/users/{memberId}", ct);
    }

    public Task MarkAllReadAsync(int memberId, CancellationToken ct = default) =>
        db.Notifications.Where(n => n.MemberId == memberId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, clock.GetUtcNow().UtcDateTime), ct);
}
