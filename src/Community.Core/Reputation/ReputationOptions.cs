namespace Community.Core.Reputation;

public sealed record ReputationAward(int Reputation, int Points);

/// <summary>The "Reputation" section of appsettings.json: what each action is worth, and the daily cap on votes.</summary>
public sealed class ReputationOptions
{
    public const string Section = "Reputation";

    public ReputationAward QuestionUpvoted { get; set; } = new(10, 10);
    public ReputationAward AnswerUpvoted { get; set; } = new(10, 10);
    public ReputationAward PostDownvoted { get; set; } = new(-2, 0);
    public ReputationAward DownvotedAnswer { get; set; } = new(-1, 0);
    public ReputationAward AnswerAccepted { get; set; } = new(15, 15);
    public ReputationAward AcceptedAnAnswer { get; set; } = new(2, 2);
    public ReputationAward ReviewHelpful { get; set; } = new(5, 5);
    public ReputationAward ReviewWritten { get; set; } = new(5, 5);
    public ReputationAward IdeaSubmitted { get; set; } = new(2, 2);
    public ReputationAward IdeaPlanned { get; set; } = new(25, 25);
    public ReputationAward IdeaDelivered { get; set; } = new(50, 50);
    public ReputationAward EditApproved { get; set; } = new(2, 2);

    /// <summary>Most reputation one member can gain from votes in a UTC day; accepted answers are exempt.</summary>
    public int DailyVoteCap { get; set; } = 200;

    public ReputationAward AwardFor(ReputationReason reason) => reason switch
    {
        ReputationReason.QuestionUpvoted => QuestionUpvoted,
        ReputationReason.AnswerUpvoted => AnswerUpvoted,
        ReputationReason.PostDownvoted => PostDownvoted,
        ReputationReason.DownvotedAnswer => DownvotedAnswer,
        ReputationReason.AnswerAccepted => AnswerAccepted,
        ReputationReason.AcceptedAnAnswer => AcceptedAnAnswer,
        ReputationReason.ReviewHelpful => ReviewHelpful,
        ReputationReason.ReviewWritten => ReviewWritten,
        ReputationReason.IdeaSubmitted => IdeaSubmitted,
        ReputationReason.IdeaPlanned => IdeaPlanned,
        ReputationReason.IdeaDelivered => IdeaDelivered,
        ReputationReason.EditApproved => EditApproved,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a rule-based reason"),
    };

    public static bool CountsTowardsDailyCap(ReputationReason reason) =>
        reason is ReputationReason.QuestionUpvoted or ReputationReason.AnswerUpvoted or ReputationReason.PostDownvoted or ReputationReason.ReviewHelpful;
}
