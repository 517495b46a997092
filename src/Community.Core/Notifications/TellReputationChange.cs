using Community.Core.Data;
using Community.Core.Events;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Notifications;

/// <summary>Shows the member their new reputation live, and a level-up notice when it crosses a rung.</summary>
public sealed class TellReputationChange(CommunityDbContext db, MemberInbox inbox) : IDomainEventHandler<ReputationChanged>
{
    public async Task HandleAsync(ReputationChanged happened, CancellationToken ct)
    {
        if (happened.Delta == 0) return;
        var reputation = await db.Users.Where(m => m.Id == happened.MemberId).Select(m => m.Reputation).SingleAsync(ct);
        await inbox.ReputationChangedAsync(happened.MemberId, reputation, happened.Delta, ct);
    }
}
