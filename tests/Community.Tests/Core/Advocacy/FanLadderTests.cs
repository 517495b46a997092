using Community.Core.Advocacy;

namespace Community.Tests.Core.Advocacy;

public class FanLadderTests
{
    private static readonly FanLadderOptions Rules = new() { RegularActiveWeeks = 3, RegularWindowWeeks = 6, AdvocateHelps = 5, FanReviews = 3, FanDeliveredIdeas = 1 };

    [Theory]
    [InlineData(false, 0, 0, 0, 0, FanStage.Member)]
    [InlineData(true, 2, 0, 0, 0, FanStage.Contributor)]
    [InlineData(true, 3, 0, 0, 0, FanStage.Regular)]
    [InlineData(false, 6, 0, 0, 0, FanStage.Regular)]
    [InlineData(true, 0, 5, 0, 0, FanStage.Advocate)]
    [InlineData(true, 1, 4, 2, 0, FanStage.Contributor)]
    [InlineData(true, 0, 0, 3, 0, FanStage.Fan)]
    [InlineData(true, 0, 0, 0, 1, FanStage.Fan)]
    public void The_stage_is_the_highest_rung_whose_condition_holds(bool posted, int activeWeeks, int helps, int reviews, int delivered, FanStage expected) =>
        Assert.Equal(expected, FanLadder.StageOf(new StageFacts(posted, activeWeeks, helps, reviews, delivered), Rules));
}
