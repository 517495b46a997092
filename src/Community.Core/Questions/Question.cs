using Community.Core.Members;
using Community.Core.Products;
using Community.Core.Tags;

namespace Community.Core.Questions;

public class Question
{
    public int Id { get; internal set; }
    public string Title { get; internal set; } = "";
    public string Slug { get; internal set; } = "";
    public string BodyMarkdown { get; internal set; } = "";

    /// <summary>Rendered and sanitised once, at write time; pages show this as is.</summary>
    public string BodyHtml { get; internal set; } = "";

    /// <summary>Plain text of the body, indexed by full-text search and used for snippets.</summary>
    public string BodyText { get; internal set; } = "";

    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public int? ProductId { get; internal set; }
    public Product? Product { get; internal set; }
    public List<Tag> Tags { get; internal set; } = [];

    /// <summary>Set for questions in a private space; null for the public community.</summary>
    public int? SpaceId { get; internal set; }
    public Spaces.Space? Space { get; internal set; }

    public int Score { get; internal set; }
    public int AnswerCount { get; internal set; }
    public int? AcceptedAnswerId { get; private set; }
    public DateTime CreatedAt { get; internal set; }
    public DateTime LastActivityAt { get; internal set; }
    public DateTime? EditedAt { get; internal set; }
    public bool IsDeleted { get; private set; }

    /// <summary>Published but listed in the first-posts queue until a moderator has looked (Moderation:FirstPosts = "review").</summary>
    public bool NeedsReview { get; internal set; }

    /// <summary>Why the post is hidden when <see cref="IsDeleted"/>: see <see cref="HiddenReasons"/>.</summary>
    public string? HiddenReason { get; private set; }

    /// <summary>Closed questions take no new answers; <see cref="CloseReason"/> says why (a duplicate names <see cref="DuplicateOfId"/>).</summary>
    public DateTime? ClosedAt { get; private set; }
    public string? CloseReason { get; private set; }
    public int? DuplicateOfId { get; private set; }

    /// <summary>Locked questions are frozen: no answers, comments, votes or edits until a moderator unlocks them.</summary>
    public DateTime? LockedAt { get; private set; }

    /// <summary>Pinned questions lead the list (featured by moderators).</summary>
    public DateTime? PinnedAt { get; private set; }

    /// <summary>Set when a moderator turned this question into an idea (the page links to it).</summary>
    public int? ConvertedToIdeaId { get; internal set; }

    /// <summary>Per-form token: a second submit of the same form finds this question instead of posting twice.</summary>
    public Guid SubmissionId { get; internal set; }

    public List<Answer> Answers { get; internal set; } = [];

    /// <summary>Hides the question (see <see cref="PostVisibility.Hide"/>); true when it was public until now.</summary>
    public bool Hide(string reason) => PostVisibility.Hide(IsDeleted, HiddenReason, reason, (deleted, why) => (IsDeleted, HiddenReason) = (deleted, why));

    /// <summary>Shows a hidden question again; returns why it had been hidden.</summary>
    public string? Restore() => PostVisibility.Restore(IsDeleted, HiddenReason, (deleted, why) => (IsDeleted, HiddenReason) = (deleted, why));

    /// <summary>A new member's first post waits, hidden, for a moderator.</summary>
    public void HoldForReview() => (IsDeleted, HiddenReason) = (true, HiddenReasons.AwaitingReview);

    /// <summary>Closed questions take no new answers. A duplicate names the question it repeats (checked to exist by the caller).</summary>
    public void Close(string? reason, int? duplicateOfId, DateTime at)
    {
        if (ClosedAt is not null) throw DomainException.Conflict("QuestionAlreadyClosed");
        if (reason is null || !CloseReasons.All.Contains(reason)) throw new DomainException("CloseReasonRequired");
        if (reason == CloseReasons.Duplicate && (duplicateOfId is not { } target || target == Id)) throw new DomainException("DuplicateTargetRequired");
        (ClosedAt, CloseReason, DuplicateOfId) = (at, reason, reason == CloseReasons.Duplicate ? duplicateOfId : null);
    }

    public void Reopen()
    {
        if (ClosedAt is null) throw DomainException.Conflict("QuestionNotClosed");
        (ClosedAt, CloseReason, DuplicateOfId) = (null, null, null);
    }

    /// <summary>Locking again keeps the first lock's time.</summary>
    public void Lock(bool locked, DateTime at) => LockedAt = locked ? LockedAt ?? at : null;

    /// <summary>Pinning again keeps the first pin's time.</summary>
    public void Pin(bool pinned, DateTime at) => PinnedAt = pinned ? PinnedAt ?? at : null;

    /// <summary>The accepted answer left this question (deleted by its author, or the question merged away).</summary>
    internal void ForgetAcceptedAnswer(int? answerId = null)
    {
        if (answerId is null || AcceptedAnswerId == answerId) AcceptedAnswerId = null;
    }

    /// <summary>Only the asker accepts, and only an answer to this question. Accepting the accepted answer again is a no-op.</summary>
    public void Accept(Answer answer, int byMemberId)
    {
        if (byMemberId != AuthorId) throw DomainException.Forbidden("OnlyAskerCanAccept");
        if (answer.QuestionId != Id || answer.IsDeleted) throw new DomainException("AnswerNotOnQuestion");
        if (IsDeleted) throw DomainException.Conflict("PostDeleted");
        AcceptedAnswerId = answer.Id;
    }

    public void Unaccept(int byMemberId)
    {
        if (byMemberId != AuthorId) throw DomainException.Forbidden("OnlyAskerCanAccept");
        AcceptedAnswerId = null;
    }

    public void EnsureEditableBy(int memberId)
    {
        if (memberId != AuthorId) throw DomainException.Forbidden("OnlyAuthorCanEdit");
        if (IsDeleted) throw DomainException.Conflict("PostDeleted");
        if (LockedAt is not null) throw DomainException.Conflict("QuestionLocked");
    }
}
