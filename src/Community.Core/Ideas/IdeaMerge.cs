namespace Community.Core.Ideas;

/// <summary>What merging a duplicate's votes into its target does: votes move unless the voter already voted the target.</summary>
public sealed record IdeaMergePlan(IReadOnlyList<IdeaVote> Moved, IReadOnlyList<IdeaVote> Dropped)
{
    public int AddedVotes => Moved.Count;
    public decimal AddedWeight => Moved.Sum(v => v.Weight);
}

public static class IdeaMerge
{
    /// <summary>No double counting: a member who voted both keeps one vote, on the target, with its original weight.</summary>
    public static IdeaMergePlan Plan(IEnumerable<IdeaVote> sourceVotes, IReadOnlySet<int> targetVoterIds)
    {
        var moved = new List<IdeaVote>();
        var dropped = new List<IdeaVote>();
        foreach (var vote in sourceVotes) (targetVoterIds.Contains(vote.VoterId) ? dropped : moved).Add(vote);
        return new IdeaMergePlan(moved, dropped);
    }
}
