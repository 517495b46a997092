using Community.Core.Advocacy;

namespace Community.Tests.Core.Advocacy;

public class AdvocateScoringTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly AdvocateScoreOptions Options = new() { HalfLifeDays = 90, AcceptedForDistinctAsker = 10, DistinctUpvoter = 2, UpheldFlag = -15 };

    private static Signal S(SignalKind kind, long counterpart, double daysAgo, int member = 1) => new(member, kind, counterpart, Now.AddDays(-daysAgo));

    [Fact]
    public void Three_acceptances_by_one_asker_count_once_and_two_askers_count_twice()
    {
        var oneAsker = AdvocateScoring.Score([S(SignalKind.AcceptedForDistinctAsker, 7, 0), S(SignalKind.AcceptedForDistinctAsker, 7, 0), S(SignalKind.AcceptedForDistinctAsker, 7, 0)], Options, Now);
        var twoAskers = AdvocateScoring.Score([S(SignalKind.AcceptedForDistinctAsker, 7, 0), S(SignalKind.AcceptedForDistinctAsker, 8, 0)], Options, Now);

        Assert.Equal(10, oneAsker.Total);
        Assert.Equal(1, Assert.Single(oneAsker.Parts).Count);
        Assert.Equal(20, twoAskers.Total);
    }

    [Fact]
    public void One_voter_voting_many_times_counts_once_at_their_latest_vote()
    {
        var card = AdvocateScoring.Score([S(SignalKind.DistinctUpvoter, 5, 180), S(SignalKind.DistinctUpvoter, 5, 90), S(SignalKind.DistinctUpvoter, 5, 0)], Options, Now);

        var part = Assert.Single(card.Parts);
        Assert.Equal((SignalKind.DistinctUpvoter, 1, 2.0), (part.Kind, part.Count, part.Points));
    }

    [Fact]
    public void A_signal_is_worth_half_after_one_half_life_and_a_quarter_after_two()
    {
        Assert.Equal(5, AdvocateScoring.Score([S(SignalKind.AcceptedForDistinctAsker, 1, 90)], Options, Now).Total);
        Assert.Equal(2.5, AdvocateScoring.Score([S(SignalKind.AcceptedForDistinctAsker, 1, 180)], Options, Now).Total);
    }

    [Fact]
    public void Upheld_flags_subtract_and_the_parts_add_up_to_the_total()
    {
        var card = AdvocateScoring.Score([S(SignalKind.AcceptedForDistinctAsker, 1, 0), S(SignalKind.AcceptedForDistinctAsker, 2, 0), S(SignalKind.UpheldFlag, 99, 0)], Options, Now);

        Assert.Equal(5, card.Total);
        Assert.Equal(card.Total, card.Parts.Sum(p => p.Points));
        Assert.Contains(card.Parts, p => p.Kind == SignalKind.UpheldFlag && p.Points == -15);
    }

    [Fact]
    public void Gains_in_the_last_weeks_against_quiet_weeks_before_read_as_rising_and_the_reverse_as_falling()
    {
        var rising = AdvocateScoring.Score(Enumerable.Range(0, 6).Select(i => S(SignalKind.DistinctUpvoter, i, i * 3)), Options, Now);
        var falling = AdvocateScoring.Score(Enumerable.Range(0, 6).Select(i => S(SignalKind.DistinctUpvoter, i, 40 + i * 5)), Options, Now);
        var steady = AdvocateScoring.Score(Enumerable.Range(0, 12).Select(i => S(SignalKind.DistinctUpvoter, i, i * 7 + 1)), Options, Now);

        Assert.Equal(AdvocateTrend.Rising, rising.Trend);
        Assert.True(rising.Momentum > 0);
        Assert.Equal(AdvocateTrend.Falling, falling.Trend);
        Assert.Equal(AdvocateTrend.Steady, steady.Trend);
        Assert.Equal(12, rising.Weekly.Count);
        Assert.Equal(6, rising.Weekly[^1]); // days 0, 3 and 6: three voters at 2 points
    }
}
