using Community.Core.Content;

namespace Community.Core.Realtime;

/// <summary>
/// What just happened that others may want to see. Core calls these after a change is committed;
/// the web layer decides how to push it (SignalR groups). Implementations must not throw: the change
/// is already saved and a failed push must never turn into an error for the writer.
/// </summary>
public interface ICommunityNotifier
{
    /// <summary>A new question; <paramref name="spaceId"/> is set when it lives in a private space.</summary>
    Task QuestionAskedAsync(int questionId, int? spaceId);
    Task AnswerPostedAsync(int questionId, int answerId);
    Task CommentPostedAsync(int questionId, int commentId);
    Task ScoreChangedAsync(int questionId, PostKind kind, int postId, int score);
    Task AnswerAcceptedAsync(int questionId, int? acceptedAnswerId);
    Task PostChangedAsync(int questionId, PostKind kind, int postId);

    /// <summary>A member's reputation moved by <paramref name="delta"/> to <paramref name="reputation"/>.</summary>
    Task ReputationChangedAsync(int memberId, int reputation, int delta);

    Task BadgeAwardedAsync(int memberId, string badgeKey, string subject);

    Task LevelReachedAsync(int memberId, int level, string name, string koreanName);

    /// <summary>An idea's votes, status, comments or merges changed.</summary>
    Task IdeaChangedAsync(int ideaId);

    /// <summary>A product's reviews, helpful marks or brand responses changed.</summary>
    Task ProductChangedAsync(int productId);

    /// <summary>Flags or waiting posts changed: moderators' queue counts are stale.</summary>
    Task ModerationQueuesChangedAsync();

    /// <summary>A member was suspended until <paramref name="until"/> (null: lifted): their open pages and connections must stop now.</summary>
    Task MemberSuspendedAsync(int memberId, DateTime? until);

    /// <summary>The member's bell: <paramref name="unread"/> notifications wait.</summary>
    Task InboxChangedAsync(int memberId, int unread);
}
