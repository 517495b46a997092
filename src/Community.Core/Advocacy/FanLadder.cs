namespace Community.Core.Advocacy;

/// <summary>
/// The fan ladder (seed 004), as behaviour shows it. Visitors are counted, not tracked, so no member is ever one.
/// Numbered in climbing order: a higher number is a step up.
/// </summary>
public enum FanStage
{
    Visitor = 0,
    Member = 1,
    Contributor = 2,
    Regular = 3,
    Advocate = 4,
    Fan = 5,
}

/// <param name="ActiveWeeks">Of the last <see cref="FanLadderOptions.RegularWindowWeeks"/> weeks, how many had a visit, post or vote.</param>
/// <param name="HelpsForOthers">In the last year: answers accepted by distinct askers plus distinct members who found a review helpful.</param>
public sealed record StageFacts(bool HasPosted, int ActiveWeeks, int HelpsForOthers, int ReviewsWritten, int IdeasDelivered);

/// <summary>Pure: the highest rung whose condition the member meets today.</summary>
public static class FanLadder
{
    public static FanStage StageOf(StageFacts facts, FanLadderOptions rules)
    {
        if (facts.IdeasDelivered >= Math.Max(1, rules.FanDeliveredIdeas) || facts.ReviewsWritten >= Math.Max(1, rules.FanReviews)) return FanStage.Fan;
        if (facts.HelpsForOthers >= Math.Max(1, rules.AdvocateHelps)) return FanStage.Advocate;
        if (facts.ActiveWeeks >= Math.Max(1, rules.RegularActiveWeeks)) return FanStage.Regular;
        return facts.HasPosted ? FanStage.Contributor : FanStage.Member;
    }
}
