using System.Security.Claims;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>The signed-in member's current reputation and unread count for the header (reputation moves too often for the
/// cookie; it is read once per request with the member's roles, <see cref="Core.Reputation.MemberStanding"/>).</summary>
public sealed class SignedInMember(CommunityDbContext db, Core.Reputation.MemberStanding standing)
{
    public async Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? await db.Notifications.CountAsync(n => n.MemberId == id && n.ReadAt == null) : 0;

    public async Task<int> ReputationAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? (await standing.OfAsync(id)).Reputation : 0;
}
