using System.Collections.Concurrent;
using Community.Core.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Community.Web.Accounts;

/// <summary>
/// When an admin changes someone's roles, that member's sign-in cookie still carries the old ones. This node
/// remembers when each member's roles changed; a cookie issued before that is re-issued on the member's next
/// request, so a new moderator sees the tools at once. Other nodes catch up at the security-stamp check (a
/// minute), which rebuilds the roles from the database too.
/// </summary>
public sealed class RoleChanges(TimeProvider clock, ScaleOut.IClusterSignals cluster)
{
    private readonly ConcurrentDictionary<int, DateTimeOffset> _changedAt = new();

    /// <summary>A change made on this node: recorded here, and told to the other nodes (which <see cref="Record"/> it).</summary>
    public void Changed(int memberId)
    {
        Record(memberId);
        cluster.TellOthers(ScaleOut.ClusterTopics.RolesChanged, memberId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Record(int memberId) => _changedAt[memberId] = clock.GetUtcNow();

    /// <remarks>Cookies keep their issue time to the second, so within the second of a change a fresh cookie still
    /// looks stale and is re-issued once more: a few extra cookie writes, never a missed change.</remarks>
    public bool IsStale(int memberId, DateTimeOffset? issuedAt) =>
        _changedAt.TryGetValue(memberId, out var changed) && (issuedAt is null || issuedAt < changed);
}

public static class RoleRefresh
{
    public static IApplicationBuilder UseRoleRefresh(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Id() is { } memberId)
        {
            var issuedAt = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.IssuedUtc;
            if (http.RequestServices.GetRequiredService<RoleChanges>().IsStale(memberId, issuedAt))
            {
                var signIn = http.RequestServices.GetRequiredService<SignInManager<Member>>();
                if (await signIn.UserManager.FindByIdAsync(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } member)
                {
                    await signIn.RefreshSignInAsync(member);
                    http.User = await signIn.CreateUserPrincipalAsync(member);
                }
            }
        }
        await next();
    });
}
