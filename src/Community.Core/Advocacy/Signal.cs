namespace Community.Core.Advocacy;

/// <summary>The quality signals an advocate score is made of. Stored by name in a standing's parts.</summary>
public enum SignalKind
{
    AcceptedForDistinctAsker,
    FirstAnswerToNewcomer,
    DistinctUpvoter,
    HelpfulReviewVoter,
    IdeaPlanned,
    IdeaDelivered,
    BrandAgreement,
    UpheldFlag,
}

/// <summary>
/// One thing a member did that others valued. <paramref name="Counterpart"/> is what must be distinct for it to count
/// again (the asker, the voter, the idea, the post): only the latest signal per counterpart counts.
/// </summary>
public readonly record struct Signal(int MemberId, SignalKind Kind, long Counterpart, DateTime At);
