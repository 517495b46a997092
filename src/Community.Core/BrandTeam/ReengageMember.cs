using Community.Core.Advocacy;
using Community.Core.Data;

namespace Community.Core.BrandTeam;

/// <summary>
/// Reaches out to a member at risk — a personal message, an invitation to a space, or a reward offer (a message that
/// points at the reward) — and records the attempt, whose outcome the roll-up settles (back within the window or not).
/// </summary>
public sealed class ReengageMember(CommunityDbContext db, MessageMembers message, InviteAdvocates invite, TimeProvider clock)
{
    public async Task ExecuteAsync(int memberId, ReengagementKind kind, string? text, int? spaceId, int actorId, CancellationToken ct = default)
    {
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        switch (kind)
        {
            case ReengagementKind.Message or ReengagementKind.RewardOffer:
                await message.ExecuteAsync([memberId], text, actorId, ct);
                break;
            case ReengagementKind.SpaceInvitation:
                await invite.ExecuteAsync([memberId], spaceId ?? throw new DomainException("ChooseSpace"), actorId, ct);
                break;
            default:
                throw new DomainException("ChooseReengagement");
        }
        db.Reengagements.Add(new Reengagement { MemberId = memberId, ById = actorId, Kind = kind, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        if (own is not null) await own.CommitAsync(ct);
    }
}
