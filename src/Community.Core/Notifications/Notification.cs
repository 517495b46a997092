namespace Community.Core.Notifications;

/// <summary>One line in a member's notification bell. <see cref="Kind"/> picks the localised sentence; <see cref="Argument"/> fills it.</summary>
public class Notification
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public string Kind { get; set; } = "";
    public string Argument { get; set; } = "";
    public string Url { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

public static class NotificationKinds
{
    public const string LevelReached = "level";
    public const string BadgeAwarded = "badge";
    public const string NewAnswer = "answer";
    public const string AnswerAccepted = "accepted";
    public const string RedemptionFulfilled = "fulfilled";
    public const string RedemptionRejected = "rejected";
    public const string QuestionConverted = "converted";
    public const string Warning = "warning";
    public const string PostApproved = "approved";
    public const string Silenced = "silenced";
}
