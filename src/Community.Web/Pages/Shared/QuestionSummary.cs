namespace Community.Web.Pages.Shared;

/// <summary>One row of any question list (home, list, tag page, profile).</summary>
public sealed record QuestionSummary(
    int Id, string Title, string Slug, int Score, int AnswerCount, bool HasAcceptedAnswer,
    DateTime CreatedAt, DateTime LastActivityAt, int AuthorId, string AuthorName, int AuthorReputation,
    string? ProductName, string? SpaceName, IReadOnlyList<string> Tags, Guid? AuthorAvatarId = null, Guid? ProductImageId = null);
