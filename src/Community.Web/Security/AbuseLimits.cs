using System.Globalization;
using System.Threading.RateLimiting;
using Community.Core.Members;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Community.Web.Security;

/// <summary>One fixed-window limit from the "AbuseLimits" section of appsettings.json.</summary>
public sealed class WindowLimit
{
    public int Permits { get; set; }
    public int WindowSeconds { get; set; }
}

/// <summary>The "AbuseLimits" section: how often each kind of write may happen per member (or per IP for logins).</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "AbuseLimits";

    public WindowLimit Login { get; set; } = new() { Permits = 20, WindowSeconds = 300 };
    public WindowLimit Registration { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Question { get; set; } = new() { Permits = 5, WindowSeconds = 600 };
    public WindowLimit Idea { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Answer { get; set; } = new() { Permits = 10, WindowSeconds = 600 };
    public WindowLimit Comment { get; set; } = new() { Permits = 20, WindowSeconds = 600 };
    public WindowLimit Vote { get; set; } = new() { Permits = 60, WindowSeconds = 60 };
    public WindowLimit PasswordReset { get; set; } = new() { Permits = 5, WindowSeconds = 3600 };
    public WindowLimit Flag { get; set; } = new() { Permits = 20, WindowSeconds = 3600 };
    public WindowLimit Upload { get; set; } = new() { Permits = 20, WindowSeconds = 3600 };
    public WindowLimit Edit { get; set; } = new() { Permits = 30, WindowSeconds = 3600 };

    /// <summary>Searches per address (GET): an uncached search costs real CPU.</summary>
    public WindowLimit Search { get; set; } = new() { Permits = 60, WindowSeconds = 60 };

    /// <summary>Members who joined less than this many days ago get <see cref="NewMemberShare"/> of each posting limit.</summary>
    public int NewMemberDays { get; set; } = 3;

    public double NewMemberShare { get; set; } = 0.4;
}

/// <summary>
/// Rate limits on writes (ASP.NET Core's rate limiter), keyed by what is being done and by whom: the
/// member for posting and voting, the client address for signing in and registering. Moderators and
/// admins are exempt from posting limits. Over the limit, the request gets 429 with Retry-After and a
/// page saying when to try again. In memory per node for now; the partition keys are what a distributed
/// store would use when the forum runs on several nodes.
/// </summary>
public static class AbuseLimits
{
    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(AbuseLimitOptions.Section).Get<AbuseLimitOptions>() ?? new AbuseLimitOptions();
        services.AddSingleton(new HubVoteLimiter(limits.Vote));
        services.AddSingleton(limits);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await RefusedText.KeepAsync(context.HttpContext, ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var (action, limit) = Classify(http, limits);
                if (action is null || limit is null || IsExempt(http, action)) return RateLimitPartition.GetNoLimiter("none");
                var who = action is "login" or "register" or "reset" or "search"
                    ? "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown")
                    : "member:" + (http.User.Id()?.ToString(CultureInfo.InvariantCulture) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                var isNew = action is not ("login" or "register" or "reset" or "search") && IsNewMember(http.User, limits.NewMemberDays);
                var permits = isNew ? Math.Max(1, (int)(limit.Permits * limits.NewMemberShare)) : limit.Permits;
                return RateLimitPartition.GetFixedWindowLimiter($"{action}|{who}|{(isNew ? "new" : "member")}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>
    /// Which limited action a request is, if any. Classified by the page routing matched (so case,
    /// trailing slashes or a repeated ?handler= cannot dodge a limit), and only for POSTs (writes).
    /// </summary>
    /// <summary>The write a POST performs ("question", "answer", "comment", "vote", "flag", …), or null.</summary>
    public static string? WriteAction(HttpContext http) => Classify(http, Defaults).Action;

    private static readonly AbuseLimitOptions Defaults = new();

    private static (string? Action, WindowLimit? Limit) Classify(HttpContext http, AbuseLimitOptions limits)
    {
        if (HttpMethods.IsGet(http.Request.Method))
            return http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Search/Index" && http.Request.Query.ContainsKey("q")
                ? ("search", limits.Search) : (null, null);
        if (!HttpMethods.IsPost(http.Request.Method)) return (null, null);
        if (http.Request.Path.Equals("/uploads", StringComparison.OrdinalIgnoreCase)) return ("upload", limits.Upload);
        var page = http.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath;
        var handler = http.Request.Query["handler"].FirstOrDefault()?.ToLowerInvariant();
        return page switch
        {
            "/Account/Login" or "/Account/LoginCode" => ("login", limits.Login),
            "/Account/Register" => ("register", limits.Registration),
            "/Account/ForgotPassword" => ("reset", limits.PasswordReset),
            "/Questions/Ask" => ("question", limits.Question),
            "/Ideas/New" => ("idea", limits.Idea),
            "/Ideas/Edit" => ("edit", limits.Edit),
            "/Ideas/Details" => handler switch
            {
                "comment" => ("comment", limits.Comment),
                "vote" => ("vote", limits.Vote),
                _ => (null, null),
            },
            "/Products/Review" => ("answer", limits.Answer),
            "/Questions/Edit" or "/Answers/Edit" or "/Edits/Suggest" => ("edit", limits.Edit),
            "/Users/Details" when handler == "avatar" => ("upload", limits.Upload),
            "/Moderation/Posts" when handler == "flag" => ("flag", limits.Flag),
            "/Questions/Details" => handler switch
            {
                "answer" => ("answer", limits.Answer),
                "comment" => ("comment", limits.Comment),
                "vote" => ("vote", limits.Vote),
                _ => (null, null),
            },
            _ => (null, null),
        };
    }

    /// <summary>
    /// What a member may post of one kind, as the limiter will count it (their share while new), so forms can say it
    /// before it bites; null for staff, who are not limited.
    /// </summary>
    public static (int Permits, int Minutes, bool IsNew)? Allowance(System.Security.Claims.ClaimsPrincipal user, string action, AbuseLimitOptions limits)
    {
        if (user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin)) return null;
        var limit = action switch { "question" => limits.Question, "idea" => limits.Idea, "answer" => limits.Answer, "comment" => limits.Comment, _ => null };
        if (limit is null) return null;
        var isNew = IsNewMember(user, limits.NewMemberDays);
        var permits = isNew ? Math.Max(1, (int)(limit.Permits * limits.NewMemberShare)) : limit.Permits;
        return (permits, Math.Max(1, limit.WindowSeconds / 60), isNew);
    }

    private static bool IsNewMember(System.Security.Claims.ClaimsPrincipal user, int days) =>
        user.FindFirst(Accounts.MemberClaimsPrincipalFactory.JoinedClaim)?.Value is { } joined
        && DateTime.TryParse(joined, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
        && at > DateTime.UtcNow.AddDays(-days);

    private static bool IsExempt(HttpContext http, string action) =>
        action is not ("login" or "register" or "reset") && (http.User.IsInRole(Roles.Moderator) || http.User.IsInRole(Roles.Admin));
}

/// <summary>The vote limit for votes cast through the hub, which HTTP rate limiting never sees.</summary>
public sealed class HubVoteLimiter(WindowLimit limit)
{
    private readonly PartitionedRateLimiter<int> _limiter = PartitionedRateLimiter.Create<int, int>(memberId =>
        RateLimitPartition.GetFixedWindowLimiter(memberId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Permits, Window = TimeSpan.FromSeconds(limit.WindowSeconds), QueueLimit = 0,
        }));

    public bool TryAcquire(int memberId)
    {
        using var lease = _limiter.AttemptAcquire(memberId);
        return lease.IsAcquired;
    }
}
