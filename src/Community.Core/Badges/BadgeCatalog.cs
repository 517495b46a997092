namespace Community.Core.Badges;

public enum BadgeTier
{
    Bronze = 1,
    Silver = 2,
    Gold = 3,
}

/// <param name="Key">Stable id; names and "how to earn" texts live in the web layer's resources ("Badge_{Key}").</param>
/// <param name="Threshold">The number the rule compares against (score, count, days).</param>
/// <param name="PerSubject">Earned once per answer or per tag rather than once per member.</param>
/// <param name="ByHand">Given by the brand team, never by a rule.</param>
public sealed record BadgeDefinition(string Key, BadgeTier Tier, int Threshold, bool PerSubject = false, bool ByHand = false);

/// <summary>Every badge there is (the recognition rung). Rules that award them: <see cref="BadgeAwarder"/>.</summary>
public static class BadgeCatalog
{
    public static readonly BadgeDefinition Curious = new("curious", BadgeTier.Bronze, 1);
    public static readonly BadgeDefinition Helper = new("helper", BadgeTier.Bronze, 1);
    public static readonly BadgeDefinition NiceAnswer = new("nice-answer", BadgeTier.Bronze, 10, PerSubject: true);
    public static readonly BadgeDefinition GoodAnswer = new("good-answer", BadgeTier.Silver, 25, PerSubject: true);
    public static readonly BadgeDefinition GreatAnswer = new("great-answer", BadgeTier.Gold, 100, PerSubject: true);
    public static readonly BadgeDefinition ProblemSolver = new("problem-solver", BadgeTier.Silver, 10);
    public static readonly BadgeDefinition TagBronze = new("tag-bronze", BadgeTier.Bronze, 20, PerSubject: true);
    public static readonly BadgeDefinition TagSilver = new("tag-silver", BadgeTier.Silver, 80, PerSubject: true);
    public static readonly BadgeDefinition TagGold = new("tag-gold", BadgeTier.Gold, 200, PerSubject: true);
    public static readonly BadgeDefinition Yearling = new("yearling", BadgeTier.Silver, 365);
    public static readonly BadgeDefinition Regular = new("regular", BadgeTier.Bronze, 7);
    public static readonly BadgeDefinition Fanatic = new("fanatic", BadgeTier.Gold, 30);
    public static readonly BadgeDefinition CommunityHero = new("community-hero", BadgeTier.Gold, 0, ByHand: true);

    public static readonly IReadOnlyList<BadgeDefinition> All =
        [Curious, Helper, NiceAnswer, GoodAnswer, GreatAnswer, ProblemSolver, TagBronze, TagSilver, TagGold, Yearling, Regular, Fanatic, CommunityHero];

    public static BadgeDefinition? Find(string key) => All.FirstOrDefault(b => b.Key == key);

    /// <summary>Pure: the longest run of consecutive days ending at the latest visit.</summary>
    public static int CurrentStreak(IEnumerable<DateOnly> visitDays)
    {
        var days = visitDays.Distinct().OrderDescending().ToList();
        if (days.Count == 0) return 0;
        var streak = 1;
        for (var i = 1; i < days.Count && days[i - 1].DayNumber - days[i].DayNumber == 1; i++) streak++;
        return streak;
    }
}
