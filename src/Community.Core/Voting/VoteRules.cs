namespace Community.Core.Voting;

/// <summary>
/// Pure rules for one member's vote on one post. A request names the vote the member wants to end
/// up with (+1, -1 or 0 to retract), so repeating a request changes nothing: a double-click, a retry
/// or 100 simultaneous identical requests leave one vote.
/// </summary>
public static class VoteRules
{
    public static (int NewValue, int ScoreDelta) Apply(int currentValue, VoteDirection desired, int voterId, int authorId)
    {
        if (voterId == authorId) throw new DomainException("CannotVoteOwnPost");
        var newValue = (int)desired;
        return (newValue, newValue - currentValue);
    }
}
