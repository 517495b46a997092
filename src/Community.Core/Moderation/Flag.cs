namespace Community.Core.Moderation;

/// <summary>A member's report about a post or a member. Open until a moderator resolves it as helpful or declined.</summary>
public class Flag
{
    public const int TextMax = 500;

    public int Id { get; internal set; }
    public string TargetKind { get; internal set; } = "";
    public int TargetId { get; internal set; }
    public int FlaggerId { get; internal set; }
    public string Reason { get; internal set; } = "";
    public string? Text { get; internal set; }
    public int? DuplicateOfId { get; internal set; }

    /// <summary>How much this flag counts in the queue: the flagger's past accuracy (and trust) when flagging.</summary>
    public double Weight { get; internal set; }

    public DateTime CreatedAt { get; internal set; }
    public string? Outcome { get; private set; }
    public int? ResolvedById { get; private set; }
    public DateTime? ResolvedAt { get; private set; }

    /// <summary>A flag is resolved once; its outcome feeds the flagger's accuracy.</summary>
    public void Resolve(string outcome, int moderatorId, DateTime at)
    {
        if (Outcome is not null) throw DomainException.Conflict("NoOpenFlags");
        (Outcome, ResolvedById, ResolvedAt) = (outcome, moderatorId, at);
    }
}

public static class FlagTargets
{
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Member = "member";
    public static readonly string[] All = [Question, Answer, Member];
}

public static class FlagReasons
{
    public const string Spam = "spam";
    public const string Rude = "rude";
    public const string OffTopic = "off-topic";
    public const string Duplicate = "duplicate";
    public const string NeedsImprovement = "needs-improvement";
    public const string Other = "other";
    public static readonly string[] All = [Spam, Rude, OffTopic, Duplicate, NeedsImprovement, Other];

    /// <summary>Reasons that can hide a post before a moderator looks.</summary>
    public static bool Hides(string reason) => reason is Spam or Rude;
}

public static class FlagOutcomes
{
    public const string Helpful = "helpful";
    public const string Declined = "declined";
}
