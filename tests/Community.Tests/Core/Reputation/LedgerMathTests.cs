using Community.Core.Reputation;

namespace Community.Tests.Core.Reputation;

public class LedgerMathTests
{
    private static readonly ReputationAward Upvote = new(10, 10);

    [Fact]
    public void An_award_applies_in_full_below_the_cap()
    {
        Assert.Equal(new Balances(10, 10), LedgerMath.Applied(new Balances(50, 5), Upvote, gainedFromVotesToday: 100, dailyCap: 200));
    }

    [Fact]
    public void Vote_gains_stop_at_the_daily_cap_but_points_still_apply()
    {
        Assert.Equal(new Balances(5, 10), LedgerMath.Applied(new Balances(50, 5), Upvote, gainedFromVotesToday: 195, dailyCap: 200));
        Assert.Equal(new Balances(0, 10), LedgerMath.Applied(new Balances(50, 5), Upvote, gainedFromVotesToday: 200, dailyCap: 200));
    }

    [Fact]
    public void Awards_without_a_cap_ignore_the_day_total()
    {
        Assert.Equal(new Balances(15, 15), LedgerMath.Applied(new Balances(50, 0), new ReputationAward(15, 15), gainedFromVotesToday: 500, dailyCap: null));
    }

    [Fact]
    public void Reputation_stops_at_one_and_points_at_zero()
    {
        Assert.Equal(new Balances(-1, 0), LedgerMath.Applied(new Balances(2, 0), new ReputationAward(-2, 0), 0, 200));
        Assert.Equal(new Balances(0, -3), LedgerMath.Applied(new Balances(1, 3), new ReputationAward(-2, -5), 0, null));
    }

    [Fact]
    public void A_reversal_takes_back_exactly_the_points_even_spent_ones_and_reputation_down_to_the_floor()
    {
        Assert.Equal(new Balances(-10, -10), LedgerMath.Reversal(new Balances(40, 20), new Balances(10, 10)));
        Assert.Equal(new Balances(-4, -10), LedgerMath.Reversal(new Balances(5, 2), new Balances(10, 10)));
        Assert.Equal(new Balances(2, 0), LedgerMath.Reversal(new Balances(1, 0), new Balances(-2, 0)));
    }
}

public class AdvocateLevelPolicyTests
{
    private static readonly IReadOnlyList<AdvocateLevel> Ladder = AdvocacyOptions.Defaults();

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(99, 1, 98)]
    [InlineData(100, 2, 0)]
    [InlineData(300, 2, 50)]
    [InlineData(5000, 5, 100)]
    [InlineData(99999, 5, 100)]
    public void A_reputation_stands_on_one_rung_with_progress_to_the_next(int reputation, int level, int percent)
    {
        var progress = AdvocateLevelPolicy.For(reputation, Ladder);

        Assert.Equal(level, progress.Current.Number);
        Assert.Equal(percent, progress.Percent);
    }

    [Fact]
    public void The_top_rung_has_nothing_to_go()
    {
        var progress = AdvocateLevelPolicy.For(6000, Ladder);

        Assert.Null(progress.Next);
        Assert.Equal(0, progress.ToGo);
    }

    [Fact]
    public void Privileges_unlock_at_their_thresholds()
    {
        var privileges = new PrivilegeOptions();

        Assert.False(privileges.Has(14, Privilege.Upvote));
        Assert.True(privileges.Has(15, Privilege.Upvote));
        Assert.False(privileges.Has(124, Privilege.Downvote));
        Assert.True(privileges.Has(2000, Privilege.EditAnyPost));
    }
}
