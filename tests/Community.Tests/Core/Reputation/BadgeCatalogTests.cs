using Community.Core.Badges;

namespace Community.Tests.Core.Reputation;

public class BadgeCatalogTests
{
    private static DateOnly Day(int n) => new DateOnly(2026, 11, 1).AddDays(n);

    [Fact]
    public void A_streak_counts_consecutive_days_back_from_the_latest_visit()
    {
        Assert.Equal(3, BadgeCatalog.CurrentStreak([Day(1), Day(5), Day(6), Day(7)]));
        Assert.Equal(1, BadgeCatalog.CurrentStreak([Day(1), Day(3)]));
        Assert.Equal(2, BadgeCatalog.CurrentStreak([Day(2), Day(2), Day(1)]));
        Assert.Equal(0, BadgeCatalog.CurrentStreak([]));
    }

    [Fact]
    public void Badge_keys_are_unique_and_answer_badges_climb_in_tiers()
    {
        Assert.Equal(BadgeCatalog.All.Count, BadgeCatalog.All.Select(b => b.Key).Distinct().Count());
        Assert.True(BadgeCatalog.NiceAnswer.Threshold < BadgeCatalog.GoodAnswer.Threshold && BadgeCatalog.GoodAnswer.Threshold < BadgeCatalog.GreatAnswer.Threshold);
        Assert.Equal([10, 25, 100], new[] { BadgeCatalog.NiceAnswer, BadgeCatalog.GoodAnswer, BadgeCatalog.GreatAnswer }.Select(b => b.Threshold));
    }
}
