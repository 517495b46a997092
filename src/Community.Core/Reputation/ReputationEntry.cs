using Community.Core.Content;

namespace Community.Core.Reputation;

/// <summary>
/// One immutable line of the reputation ledger. <see cref="Reputation"/> and <see cref="Points"/> are
/// the amounts actually applied (after the floor of 1 and the daily vote cap), so undoing an entry
/// means adding one with exactly the opposite amounts; nothing is ever updated or deleted.
/// </summary>
public class ReputationEntry
{
    public long Id { get; internal set; }
    public int MemberId { get; internal set; }
    public ReputationReason Reason { get; internal set; }
    public int Reputation { get; internal set; }
    public int Points { get; internal set; }

    /// <summary>What caused it, e.g. "vote:Answer:12:by:5" or "accept:Answer:12"; reversals find their originals by it.</summary>
    public string Source { get; internal set; } = "";

    public PostKind? PostKind { get; internal set; }
    public int? PostId { get; internal set; }
    public int? ActorId { get; internal set; }

    /// <summary>Set on a reversal: the entry it undoes. Unique, so an entry is reversed at most once.</summary>
    public long? ReversesEntryId { get; internal set; }

    public DateTime CreatedAt { get; internal set; }
}
