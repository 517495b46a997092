using Community.Core.Content;

namespace Community.Web.Pages.Questions;

public sealed record QuestionView(
    int Id, string Title, string Slug, string BodyHtml, int Score, int AnswerCount, int? AcceptedAnswerId,
    DateTime CreatedAt, DateTime LastActivityAt, DateTime? EditedAt, int AuthorId, string AuthorName, int AuthorReputation,
    string? ProductName, string? ProductSlug, IReadOnlyList<string> Tags, bool IsDeleted, int? ConvertedToIdeaId = null,
    string? HiddenReason = null, DateTime? ClosedAt = null, string? CloseReason = null, int? DuplicateOfId = null, DateTime? LockedAt = null, DateTime? PinnedAt = null, Guid? AuthorAvatarId = null, Guid? ProductImageId = null, int? SpaceId = null)
{
    public bool IsVisibleTo(int? memberId, bool isModerator) => !IsDeleted || memberId == AuthorId || isModerator;
}

public sealed record AnswerView(
    int Id, int QuestionId, string BodyHtml, int Score, DateTime CreatedAt, DateTime? EditedAt,
    int AuthorId, string AuthorName, int AuthorReputation, bool IsOfficial = false, string? HiddenReason = null, Guid? AuthorAvatarId = null);

public sealed record CommentView(int Id, int? AnswerId, string Body, int AuthorId, string AuthorName, Guid? AuthorAvatarId, DateTime CreatedAt);

/// <summary>Who is looking, as far as rendering a post's controls is concerned.</summary>
public sealed record Viewer(int? MemberId, int AskerId, bool IsModerator = false, bool IsBrandTeam = false, CommentRights? Comments = null)
{
    public bool IsSignedIn => MemberId is not null;
    public bool IsAsker => MemberId == AskerId;
    public bool Owns(int authorId) => MemberId == authorId;

    /// <summary>Mirrors the server's rule (PostComment): the asker, the post's author, or anyone holding the comment privilege, while the question is open.</summary>
    public bool MayComment(int postAuthorId) =>
        IsSignedIn && Comments is { QuestionLocked: false } rights && (rights.Anywhere || IsAsker || Owns(postAuthorId));
}

/// <summary>Whether the viewer may comment beyond their own posts, what unlocks it, and whether the question is locked.</summary>
public sealed record CommentRights(bool Anywhere, int UnlocksAt, bool QuestionLocked);

/// <summary>Everything one answer card needs, so the same partial renders on the page and as a live fragment.</summary>
public sealed record AnswerCard(AnswerView Answer, bool IsAccepted, int MyVote, IReadOnlyList<CommentView> Comments, Viewer Viewer, decimal? Weighted = null);

public sealed record VoteBox(int QuestionId, PostKind Kind, int PostId, int Score, int MyVote, bool IsOwnPost, bool IsSignedIn, decimal? Weighted = null)
{
    public string KindName => Kind.Name();
}

public sealed record CommentThread(int QuestionId, int? AnswerId, IReadOnlyList<CommentView> Comments, Viewer Viewer, int PostAuthorId)
{
    public bool CanComment => Viewer.MayComment(PostAuthorId);

    public string Key => ThreadKey(AnswerId);

    /// <summary>Names the comment list a comment belongs to, so a live comment finds its place.</summary>
    public static string ThreadKey(int? answerId) => answerId is { } id ? $"answer-{id}" : "question";
}

/// <summary>What the flag form needs: the post and where to come back to.</summary>
public sealed record FlagTarget(string Kind, int PostId, string ReturnUrl);

/// <summary>A post's moderator buttons (see _PostModeration): <paramref name="Compact"/> renders them as links under an answer.</summary>
public sealed record PostModeration(string Kind, int PostId, bool IsDeleted, string? HiddenReason, string ReturnUrl, bool Compact);

/// <summary>A field naming a question by title search or "#id" (see _QuestionPicker and <see cref="QuestionReference"/>).</summary>
public sealed record QuestionPicker(string Id, string Name);
