namespace Community.Core.Audit;

/// <summary>One staff action, kept forever: who did what to which thing, when, and the state before and after.</summary>
public class AuditEntry
{
    public long Id { get; internal set; }
    public int ActorId { get; internal set; }

    /// <summary>Dotted verb, e.g. "reward.restock", "redemption.reject", "space.invite".</summary>
    public string Action { get; internal set; } = "";

    /// <summary>What it was done to, e.g. "redemption:12", "space:2/member:7".</summary>
    public string Subject { get; internal set; } = "";

    public string? Before { get; internal set; }
    public string? After { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}
