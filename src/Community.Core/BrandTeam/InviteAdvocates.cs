using Community.Core.Audit;
using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>Invites members into a private space (special-treatment rung) and tells each of them at once.</summary>
public sealed class InviteAdvocates(CommunityDbContext db, MemberInbox inbox, AuditLog audit, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(IReadOnlyCollection<int> memberIds, int spaceId, int actorId, CancellationToken ct = default)
    {
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == spaceId, ct) ?? throw DomainException.NotFound("SpaceNotFound");
        var members = await ChosenMembers.ExistingAsync(db, memberIds, ct);
        var inside = await db.SpaceMembers.Where(m => m.SpaceId == spaceId && members.Contains(m.MemberId)).Select(m => m.MemberId).ToListAsync(ct);
        var fresh = members.Except(inside).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        db.SpaceMembers.AddRange(fresh.Select(id => new SpaceMember { SpaceId = spaceId, MemberId = id, AddedById = actorId, AddedAt = now }));
        await db.SaveChangesAsync(ct);
        foreach (var id in fresh)
        {
            await audit.RecordAsync(actorId, "space.invite", $"space:{spaceId}/member:{id}", ct: ct);
            await inbox.TellAsync(id, NotificationKinds.SpaceInvitation, space.Name, $"/spaces/{space.Slug}", ct);
        }
        return fresh.Count;
    }
}
