using System.Collections.Concurrent;
using Community.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>
/// Suspensions known to this node, so a suspended member's next request is signed out at once (other
/// nodes catch up at the next security-stamp check, within a minute), and their open live connections close now.
/// Loaded from the database at start.
/// </summary>
public sealed class SuspendedMembers(Realtime.MemberConnections connections)
{
    private readonly ConcurrentDictionary<int, DateTime> _until = new();

    public void Set(int memberId, DateTime? until)
    {
        if (until is null) _until.TryRemove(memberId, out _);
        else
        {
            _until[memberId] = until.Value;
            connections.Abort(memberId);
        }
    }

    public bool IsSuspended(int memberId, DateTime now) => _until.TryGetValue(memberId, out var until) && until > now;

    public async Task LoadAsync(CommunityDbContext db, DateTime now)
    {
        foreach (var member in await db.Users.Where(m => m.SuspendedUntil > now).Select(m => new { m.Id, m.SuspendedUntil }).ToListAsync())
            Set(member.Id, member.SuspendedUntil);
    }
}

/// <summary>Whether a member is silenced now: they may read, vote and flag, but not publish text.</summary>
public sealed class MemberSilence(CommunityDbContext db, TimeProvider clock)
{
    public async Task<bool> IsSilencedAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Id() is not { } memberId) return false;
        return await Community.Core.Members.Silence.SilencedUntilAsync(db, memberId, ct) > clock.GetUtcNow().UtcDateTime;
    }
}

public static class MemberMeasureGates
{
    /// <summary>Signs out a suspended member at once. (Silence is checked by each publishing write: <see cref="Security.DeclaredPageWriteLimits"/>.)</summary>
    public static IApplicationBuilder UseMemberMeasures(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Id() is { } memberId)
        {
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            var now = clock.GetUtcNow().UtcDateTime;
            if (http.RequestServices.GetRequiredService<SuspendedMembers>().IsSuspended(memberId, now))
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                http.Response.Redirect("/account/login?suspended=true");
                return;
            }
        }
        await next();
    });
}
