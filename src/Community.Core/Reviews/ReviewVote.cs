namespace Community.Core.Reviews;

/// <summary>One member found one review helpful. Unique per (review, voter); never on one's own review.</summary>
public class ReviewVote
{
    public int ReviewId { get; internal set; }
    public int VoterId { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}
