namespace Community.Web.Security;

/// <summary>
/// Declares which write limit a page handler, hub method or endpoint counts against ("question", "vote", "edit", …:
/// the names of <see cref="AbuseLimitOptions"/>). Every write declares one, or says why it needs none with
/// <see cref="NotRateLimitedAttribute"/>; a test enumerates them all, so a new write cannot be forgotten. A limit
/// that publishes text also refuses silenced members (<see cref="WriteLimiter.Publishes"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RateLimitedAttribute(string action) : Attribute
{
    public string Action { get; } = action;

    /// <summary>For a GET: counted only when this query parameter is present (a search, not the empty search page).</summary>
    public string? OnlyWithQuery { get; init; }
}

/// <summary>A write that needs no limit, and why (staff-only desks, signing out, marking one's own notifications read).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class NotRateLimitedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
