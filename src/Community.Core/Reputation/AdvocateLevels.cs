namespace Community.Core.Reputation;

/// <summary>One rung of the advocate ladder. Names and thresholds are the brand's to change in appsettings.json.</summary>
public sealed class AdvocateLevel
{
    public int Number { get; set; }
    public int Reputation { get; set; }
    public string Name { get; set; } = "";
    public string KoreanName { get; set; } = "";

    /// <summary>How much this member's vote counts in the brand team's weighted rankings (shown publicly).</summary>
    public decimal VoteWeight { get; set; } = 1m;

    public string NameFor(string language) => language == "ko" && KoreanName.Length > 0 ? KoreanName : Name;
}

/// <summary>The "Advocacy" section of appsettings.json: the five rungs, lowest first.</summary>
public sealed class AdvocacyOptions
{
    public const string Section = "Advocacy";

    public List<AdvocateLevel> Levels { get; set; } = [];

    public static List<AdvocateLevel> Defaults() =>
    [
        new() { Number = 1, Reputation = 1, Name = "Member", KoreanName = "멤버", VoteWeight = 1m },
        new() { Number = 2, Reputation = 100, Name = "Contributor", KoreanName = "기여자", VoteWeight = 1.25m },
        new() { Number = 3, Reputation = 500, Name = "Advocate", KoreanName = "애드버킷", VoteWeight = 1.5m },
        new() { Number = 4, Reputation = 2000, Name = "Champion", KoreanName = "챔피언", VoteWeight = 2m },
        new() { Number = 5, Reputation = 5000, Name = "Insider", KoreanName = "인사이더", VoteWeight = 3m },
    ];

    public IReadOnlyList<AdvocateLevel> Ladder => Levels.Count > 0 ? Levels.OrderBy(l => l.Reputation).ToList() : Defaults();
}

public sealed record LevelProgress(AdvocateLevel Current, AdvocateLevel? Next, int Reputation)
{
    /// <summary>0–100: how far from the current rung's threshold to the next one.</summary>
    public int Percent => Next is null ? 100
        : (int)Math.Clamp(100L * (Reputation - Current.Reputation) / Math.Max(1, Next.Reputation - Current.Reputation), 0, 100);

    public int ToGo => Next is null ? 0 : Math.Max(0, Next.Reputation - Reputation);
}

/// <summary>Pure: which rung a reputation stands on, and how far to the next.</summary>
public static class AdvocateLevelPolicy
{
    public static LevelProgress For(int reputation, IReadOnlyList<AdvocateLevel> ladder)
    {
        var current = ladder.LastOrDefault(l => reputation >= l.Reputation) ?? ladder[0];
        var next = ladder.FirstOrDefault(l => l.Reputation > reputation);
        return new LevelProgress(current, next, reputation);
    }
}
