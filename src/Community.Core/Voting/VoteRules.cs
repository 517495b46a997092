namespace Community.Core.Voting;

/// <summary>
/// Pure rules for one member's vote on one post. Clicking the same direction again retracts;
/// clicking the other direction changes the vote. Returns the new value (0 = no vote) and the score delta.
/// </summary>
public static class VoteRules
{
    public static (int NewValue, int ScoreDelta) Apply(int currentValue, VoteDirection direction, int voterId, int authorId)
    {
        if (voterId == authorId) throw new DomainException("CannotVoteOwnPost");
        var requested = (int)direction;
        var newValue = currentValue == requested ? 0 : requested;
        return (newValue, newValue - currentValue);
    }
}
