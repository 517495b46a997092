namespace Community.Core.Voting;

/// <summary>The vote a member wants to hold on a post after the request.</summary>
public enum VoteDirection
{
    Down = -1,
    None = 0,
    Up = 1,
}
