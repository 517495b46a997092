using Community.Core.Content;

namespace Community.Core.Voting;

/// <summary>One member's current vote on one post (+1 or -1); unique per (voter, post).</summary>
public class Vote
{
    public long Id { get; set; }
    public int VoterId { get; set; }
    public PostKind PostKind { get; set; }
    public int PostId { get; set; }
    public int Value { get; set; }
    public DateTime CreatedAt { get; set; }
}
