namespace Community.Core.Advocacy;

/// <summary>
/// One member's place in the brand team's eyes, as the last roll-up found it: score and its parts, trend, fan-ladder
/// stage and churn risk. A pre-aggregated row, so the brand pages never scan posts per request.
/// </summary>
public class AdvocateStanding
{
    public int MemberId { get; internal set; }
    public double Score { get; internal set; }

    /// <summary>The score's parts as JSON (<see cref="ScorePart"/> list): "why is this person here?".</summary>
    public string PartsJson { get; internal set; } = "[]";

    /// <summary>Points gained per week for the last 12 weeks, oldest first, as JSON.</summary>
    public string WeeklyJson { get; internal set; } = "[]";

    public AdvocateTrend Trend { get; internal set; }
    public double Momentum { get; internal set; }
    public FanStage Stage { get; internal set; }
    public DateTime StageSince { get; internal set; }
    public DateTime? LastActiveAt { get; internal set; }

    /// <summary>The last day the member posted or voted (a visit alone does not count): "active members" on the health page.</summary>
    public DateTime? LastContributedAt { get; internal set; }
    public ChurnRisk Risk { get; internal set; }
    public double? UsualGapDays { get; internal set; }
    public int SilentDays { get; internal set; }
    public int DropPercent { get; internal set; }
    public int AcceptedAnswers { get; internal set; }
    public DateTime ComputedAt { get; internal set; }
}

/// <summary>A move on the fan ladder, kept for good so movement over 7/30/90 days is real data. <see cref="From"/> is null for a member's first stage.</summary>
public class StageChange
{
    public long Id { get; internal set; }
    public int MemberId { get; internal set; }
    public FanStage? From { get; internal set; }
    public FanStage To { get; internal set; }
    public DateTime At { get; internal set; }
}

public enum TopicKind
{
    Tag = 1,
    Product = 2,
}

/// <summary>Where a member helps: answers (and accepted ones) per tag or product, for "find an advocate who knows X".</summary>
public class AdvocateTopic
{
    public int MemberId { get; internal set; }
    public TopicKind Kind { get; internal set; }
    public int TopicId { get; internal set; }
    public int Answers { get; internal set; }
    public int Accepted { get; internal set; }
}
