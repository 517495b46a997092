using Community.Core.Content;

namespace Community.Core.Voting;

/// <summary>One member's current vote on one post (+1 or -1); unique per (voter, post).</summary>
public class Vote
{
    public long Id { get; internal set; }
    public int VoterId { get; internal set; }
    public PostKind PostKind { get; internal set; }
    public int PostId { get; internal set; }
    public int Value { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}
