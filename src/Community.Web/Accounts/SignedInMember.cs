using System.Security.Claims;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>The signed-in member's current reputation for the header (one indexed read per page; reputation moves too often for the cookie).</summary>
public sealed class SignedInMember(CommunityDbContext db)
{
    public async Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? await db.Notifications.CountAsync(n => n.MemberId == id && n.ReadAt == null) : 0;

    public async Task<int> ReputationAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? await db.Users.Where(m => m.Id == id).Select(m => m.Reputation).SingleOrDefaultAsync() : 0;
}
