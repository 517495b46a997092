using System.Globalization;
using System.Net;
using System.Security.Claims;
using Community.Core.Members;

namespace Community.Web.Security;

/// <summary>
/// The one counter behind every declared write limit (<see cref="RateLimitedAttribute"/>), for pages, hub methods and
/// endpoints alike: keyed by the action and the member (the client address for signing in, registering, resets and
/// searches). Moderators and admins are exempt from posting limits; new members get a share of each. Counted by an
/// <see cref="IWindowCounter"/>: in memory on one node, in Redis across the nodes of a cluster.
/// </summary>
public sealed class WriteLimiter(AbuseLimitOptions limits, IWindowCounter counter, TimeProvider clock)
{
    private static readonly string[] ByAddress = ["login", "register", "reset", "search"];
    private static readonly string[] Publishing = ["question", "idea", "answer", "review", "comment", "edit"];

    /// <summary>Whether an action publishes text, which a silenced member may not do.</summary>
    public static bool Publishes(string action) => Publishing.Contains(action);

    /// <summary>Takes one permit; not allowed (with when to try again) over the limit. Unknown actions are a programming error.</summary>
    public async ValueTask<(bool Allowed, TimeSpan RetryAfter)> TryAcquireAsync(string action, ClaimsPrincipal user, IPAddress? address)
    {
        var limit = LimitFor(action) ?? throw new InvalidOperationException($"No limit named '{action}' in AbuseLimits.");
        var byAddress = ByAddress.Contains(action);
        if (!byAddress && IsStaff(user)) return (true, TimeSpan.Zero);
        var (permits, isNew) = byAddress ? (limit.Permits, false) : Share(user, limit);
        var who = byAddress ? "ip:" + (address?.ToString() ?? "unknown")
            : "member:" + (user.Id()?.ToString(CultureInfo.InvariantCulture) ?? address?.ToString() ?? "unknown");
        return await counter.TryTakeAsync($"{action}|{who}|{(isNew ? "new" : "member")}", permits, TimeSpan.FromSeconds(limit.WindowSeconds));
    }

    /// <summary>What a member may post of one kind as this limiter counts it (their share while new); null for staff.</summary>
    public (int Permits, int Minutes, bool IsNew)? Allowance(ClaimsPrincipal user, string action)
    {
        if (IsStaff(user) || LimitFor(action) is not { } limit) return null;
        var (permits, isNew) = Share(user, limit);
        return (permits, Math.Max(1, limit.WindowSeconds / 60), isNew);
    }

    public int NewMemberDays => limits.NewMemberDays;

    private static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin);

    /// <summary>A member's permits under a limit: the whole of it, or the new members' share in their first days.</summary>
    private (int Permits, bool IsNew) Share(ClaimsPrincipal user, WindowLimit limit) =>
        IsNewMember(user, limits.NewMemberDays) ? (Math.Max(1, (int)(limit.Permits * limits.NewMemberShare)), true) : (limit.Permits, false);

    private WindowLimit? LimitFor(string action) => action switch
    {
        "login" => limits.Login,
        "register" => limits.Registration,
        "reset" => limits.PasswordReset,
        "question" => limits.Question,
        "idea" => limits.Idea,
        "answer" or "review" => limits.Answer,
        "comment" => limits.Comment,
        "vote" => limits.Vote,
        "flag" => limits.Flag,
        "upload" => limits.Upload,
        "edit" => limits.Edit,
        "redeem" => limits.Redeem,
        "preview" => limits.Preview,
        "search" => limits.Search,
        _ => null,
    };

    private bool IsNewMember(ClaimsPrincipal user, int days) =>
        user.FindFirst(Accounts.MemberClaimsPrincipalFactory.JoinedClaim)?.Value is { } joined
        && DateTime.TryParse(joined, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
        && at > clock.GetUtcNow().UtcDateTime.AddDays(-days);
}
