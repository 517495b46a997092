namespace Community.Core.Notifications;

/// <summary>One line in a member's notification bell. <see cref="Kind"/> picks the localised sentence; <see cref="Argument"/> fills it.</summary>
public class Notification
{
    public long Id { get; internal set; }
    public int MemberId { get; internal set; }
    public string Kind { get; internal set; } = "";
    public string Argument { get; internal set; } = "";
    public string Url { get; internal set; } = "";
    public DateTime CreatedAt { get; internal set; }
    public DateTime? ReadAt { get; internal set; }
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
    public const string SpaceInvitation = "space-invite";
    public const string ManagerAssigned = "manager";
    public const string BrandMessage = "brand-message";
}
