using Community.Core.Notifications;

namespace Community.Web.Pages.Notifications;

/// <summary>The picture beside each kind of notification (bootstrap-icons), so a list of them can be scanned by eye.</summary>
public static class NotificationIcons
{
    public static string For(string kind) => kind switch
    {
        NotificationKinds.NewAnswer => "bi-chat-left-text",
        NotificationKinds.AnswerAccepted => "bi-check-circle",
        NotificationKinds.BadgeAwarded => "bi-award",
        NotificationKinds.LevelReached => "bi-graph-up-arrow",
        NotificationKinds.RedemptionFulfilled => "bi-box-seam",
        NotificationKinds.RedemptionRejected => "bi-arrow-counterclockwise",
        NotificationKinds.QuestionConverted => "bi-lightbulb",
        NotificationKinds.Warning => "bi-exclamation-triangle",
        NotificationKinds.Silenced => "bi-pause-circle",
        NotificationKinds.PostApproved => "bi-check2-square",
        NotificationKinds.SpaceInvitation => "bi-door-open",
        NotificationKinds.ManagerAssigned => "bi-person-badge",
        NotificationKinds.BrandMessage => "bi-envelope-heart",
        _ when kind.StartsWith("idea-", StringComparison.Ordinal) => "bi-lightbulb",
        _ => "bi-bell",
    };
}
