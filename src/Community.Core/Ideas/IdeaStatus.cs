namespace Community.Core.Ideas;

/// <summary>Where an idea stands with the brand. Stored as text so the database stays readable.</summary>
public enum IdeaStatus
{
    New,
    UnderReview,
    Planned,
    InProgress,
    Delivered,
    NotPlanned,
    Duplicate,
}

/// <summary>
/// The brand team's status machine. Delivered and Duplicate are final; Not planned may be reconsidered
/// (back to Under review); work in progress may slip back to Planned. Everything else is refused.
/// </summary>
public static class IdeaWorkflow
{
    private static readonly Dictionary<IdeaStatus, IdeaStatus[]> Moves = new()
    {
        [IdeaStatus.New] = [IdeaStatus.UnderReview, IdeaStatus.Planned, IdeaStatus.NotPlanned, IdeaStatus.Duplicate],
        [IdeaStatus.UnderReview] = [IdeaStatus.Planned, IdeaStatus.NotPlanned, IdeaStatus.Duplicate],
        [IdeaStatus.Planned] = [IdeaStatus.InProgress, IdeaStatus.NotPlanned],
        [IdeaStatus.InProgress] = [IdeaStatus.Delivered, IdeaStatus.Planned],
        [IdeaStatus.Delivered] = [],
        [IdeaStatus.NotPlanned] = [IdeaStatus.UnderReview],
        [IdeaStatus.Duplicate] = [],
    };

    public static IReadOnlyList<IdeaStatus> NextFrom(IdeaStatus current) => Moves[current];

    public static bool CanMove(IdeaStatus from, IdeaStatus to) => Moves[from].Contains(to);

    /// <summary>Closed ideas take no new votes: a duplicate's votes belong to its target, a delivered idea is done.</summary>
    public static bool TakesVotes(IdeaStatus status) => status is not (IdeaStatus.Delivered or IdeaStatus.Duplicate);

    public static void EnsureCanMove(IdeaStatus from, IdeaStatus to)
    {
        if (!CanMove(from, to)) throw DomainException.Conflict("IdeaIllegalTransition", from.ToString(), to.ToString());
    }
}
