namespace Community.Web.Realtime;

/// <summary>What the browser can be told. Payloads carry ids; the browser fetches rendered fragments so every reader gets markup authorised and localised for them.</summary>
public interface ICommunityClient
{
    Task QuestionAsked(int questionId);
    Task AnswerPosted(int questionId, int answerId);
    Task CommentPosted(int questionId, int commentId);
    Task ScoreChanged(int questionId, string kind, int postId, int score);
    Task AnswerAccepted(int questionId, int? answerId);
    Task PostChanged(int questionId, string kind, int postId);
    Task ViewerCountChanged(int questionId, int count);
    Task ReputationChanged(int memberId, int reputation, int delta);
    Task LevelReached(int level, string name, string koreanName);
    Task BadgeAwarded(string badgeKey, string subject);
    Task InboxChanged(int unread);

    /// <summary>Something on a page watching <paramref name="group"/> changed; the page refetches its live regions.</summary>
    Task Changed(string group);
}
