using Community.Core.Audit;
using Community.Core.Badges;
using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>The brand team gives members the hand-awarded badge (recognition rung); a member who holds it already is left alone.</summary>
public sealed class RecogniseAdvocates(CommunityDbContext db, MemberInbox inbox, ICommunityNotifier notifier, AuditLog audit, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(IReadOnlyCollection<int> memberIds, int actorId, CancellationToken ct = default)
    {
        var badge = BadgeCatalog.CommunityHero;
        var members = await ChosenMembers.ExistingAsync(db, memberIds, ct);
        var holders = await db.MemberBadges.Where(b => members.Contains(b.MemberId) && b.BadgeKey == badge.Key).Select(b => b.MemberId).ToListAsync(ct);
        var fresh = members.Except(holders).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.MemberBadges.AddRange(fresh.Select(id => new MemberBadge { MemberId = id, BadgeKey = badge.Key, Subject = "", AwardedAt = now }));
        await db.SaveChangesAsync(ct);
        foreach (var id in fresh)
        {
            await audit.RecordAsync(actorId, "badge.award", $"member:{id}", null, badge.Key, ct);
            await notifier.BadgeAwardedAsync(id, badge.Key, "");
            await inbox.TellAsync(id, NotificationKinds.BadgeAwarded, badge.Key, "/badges", ct);
        }
        return fresh.Count;
    }
}
