using Community.Core.Advocacy;

namespace Community.Tests.Core.Advocacy;

public class ChurnPolicyTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly CareOptions Rules = new();
    private static readonly int[] NoPosts = new int[ChurnPolicy.ContributionWeeks];

    private static List<DateOnly> Every(int days, int count, int lastDaysAgo) =>
        Enumerable.Range(0, count).Select(i => Today.AddDays(-lastDaysAgo - i * days)).ToList();

    [Fact]
    public void A_steady_weekly_member_silent_for_four_weeks_is_flagged_with_their_usual_gap()
    {
        var assessment = ChurnPolicy.Assess(new ChurnFacts(Every(7, 12, lastDaysAgo: 28), NoPosts), Rules, Today);

        Assert.Equal(ChurnRisk.Silent, assessment.Risk);
        Assert.Equal(7, assessment.UsualGapDays);
        Assert.Equal(28, assessment.SilentDays);
    }

    [Fact]
    public void An_occasional_monthly_member_away_for_six_weeks_is_not_flagged()
    {
        var assessment = ChurnPolicy.Assess(new ChurnFacts(Every(30, 5, lastDaysAgo: 42), NoPosts), Rules, Today);

        Assert.Equal(ChurnRisk.None, assessment.Risk);
        Assert.Equal(30, assessment.UsualGapDays);
    }

    [Fact]
    public void A_daily_visitor_away_for_a_few_days_is_not_flagged_below_the_minimum_silence()
    {
        Assert.Equal(ChurnRisk.None, ChurnPolicy.Assess(new ChurnFacts(Every(1, 60, lastDaysAgo: 5), NoPosts), Rules, Today).Risk);
        Assert.Equal(ChurnRisk.Silent, ChurnPolicy.Assess(new ChurnFacts(Every(1, 60, lastDaysAgo: 8), NoPosts), Rules, Today).Risk);
    }

    [Fact]
    public void Weekly_contributions_falling_by_seventy_percent_while_still_visiting_read_as_fading()
    {
        int[] weeks = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 0, 1];
        var assessment = ChurnPolicy.Assess(new ChurnFacts(Every(1, 100, lastDaysAgo: 0), weeks), Rules, Today);

        Assert.Equal(ChurnRisk.Fading, assessment.Risk);
        Assert.Equal(81, assessment.DropPercent);
    }

    [Fact]
    public void A_member_with_too_little_history_has_no_baseline_and_is_never_flagged()
    {
        var assessment = ChurnPolicy.Assess(new ChurnFacts(Every(7, 3, lastDaysAgo: 60), NoPosts), Rules, Today);

        Assert.Equal((ChurnRisk.None, (double?)null), (assessment.Risk, assessment.UsualGapDays));
    }
}
