using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Events;
using Community.Core.Rewards;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Notifications;

/// <summary>The member hears their redemption was sent or refused, naming the reward in their own language.</summary>
public sealed class TellMemberAboutRedemption(CommunityDbContext db, MemberInbox inbox) : IDomainEventHandler<RedemptionDecided>
{
    public async Task HandleAsync(RedemptionDecided happened, CancellationToken ct)
    {
        var name = await db.RewardItems.Where(i => i.Id == happened.RewardItemId).Select(i => new Bilingual(i.Name, i.NameKo)).SingleAsync(ct);
        var language = await db.Users.Where(m => m.Id == happened.MemberId).Select(m => m.PreferredCulture).SingleOrDefaultAsync(ct);
        var kind = happened.Fulfilled ? NotificationKinds.RedemptionFulfilled : NotificationKinds.RedemptionRejected;
        await inbox.TellAsync(happened.MemberId, kind, name.For(language ?? "en"), "/rewards", ct);
    }
}
