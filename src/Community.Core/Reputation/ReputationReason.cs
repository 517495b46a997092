namespace Community.Core.Reputation;

/// <summary>Why points moved. Stored as text so the ledger stays readable if values are added.</summary>
public enum ReputationReason
{
    QuestionUpvoted,
    AnswerUpvoted,
    PostDownvoted,
    DownvotedAnswer,
    AnswerAccepted,
    AcceptedAnAnswer,
    RewardRedeemed,
    RedemptionRefunded,
    Adjustment,
    ReviewHelpful,
    ReviewWritten,
    IdeaSubmitted,
    IdeaPlanned,
    IdeaDelivered,
    EditApproved,
}
