namespace Community.Core.Voting;

public enum VoteDirection
{
    Up = 1,
    Down = -1,
}
