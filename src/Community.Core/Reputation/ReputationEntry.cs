using Community.Core.Content;

namespace Community.Core.Reputation;

/// <summary>
/// One immutable line of the reputation ledger. <see cref="Reputation"/> and <see cref="Points"/> are
/// the amounts actually applied (after the floor of 1 and the daily vote cap), so undoing an entry
/// means adding one with exactly the opposite amounts; nothing is ever updated or deleted.
/// </summary>
public class ReputationEntry
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public ReputationReason Reason { get; set; }
    public int Reputation { get; set; }
    public int Points { get; set; }

    /// <summary>What caused it, e.g. "vote:Answer:12:by:5" or "accept:Answer:12"; reversals find their originals by it.</summary>
    public string Source { get; set; } = "";

    public PostKind? PostKind { get; set; }
    public int? PostId { get; set; }
    public int? ActorId { get; set; }

    /// <summary>Set on a reversal: the entry it undoes. Unique, so an entry is reversed at most once.</summary>
    public long? ReversesEntryId { get; set; }

    public DateTime CreatedAt { get; set; }
}
