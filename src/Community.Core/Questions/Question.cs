using Community.Core.Members;
using Community.Core.Products;
using Community.Core.Tags;

namespace Community.Core.Questions;

public class Question
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Rendered and sanitised once, at write time; pages show this as is.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Plain text of the body, indexed by full-text search and used for snippets.</summary>
    public string BodyText { get; set; } = "";

    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public int? ProductId { get; set; }
    public Product? Product { get; set; }
    public List<Tag> Tags { get; set; } = [];

    /// <summary>Set for questions in a private space; null for the public community.</summary>
    public int? SpaceId { get; set; }
    public Spaces.Space? Space { get; set; }

    public int Score { get; set; }
    public int AnswerCount { get; set; }
    public int? AcceptedAnswerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastActivityAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public bool IsDeleted { get; set; }

    /// <summary>Published but listed in the first-posts queue until a moderator has looked (Moderation:FirstPosts = "review").</summary>
    public bool NeedsReview { get; set; }

    /// <summary>Why the post is hidden when <see cref="IsDeleted"/>: see <see cref="HiddenReasons"/>.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>Closed questions take no new answers; <see cref="CloseReason"/> says why (a duplicate names <see cref="DuplicateOfId"/>).</summary>
    public DateTime? ClosedAt { get; set; }
    public string? CloseReason { get; set; }
    public int? DuplicateOfId { get; set; }

    /// <summary>Locked questions are frozen: no answers, comments, votes or edits until a moderator unlocks them.</summary>
    public DateTime? LockedAt { get; set; }

    /// <summary>Pinned questions lead the list (featured by moderators).</summary>
    public DateTime? PinnedAt { get; set; }

    /// <summary>Set when a moderator turned this question into an idea (the page links to it).</summary>
    public int? ConvertedToIdeaId { get; set; }

    /// <summary>Per-form token: a second submit of the same form finds this question instead of posting twice.</summary>
    public Guid SubmissionId { get; set; }

    public List<Answer> Answers { get; set; } = [];


    /// <summary>Only the asker accepts, and only an answer to this question. Accepting the accepted answer again is a no-op.</summary>
    public void Accept(Answer answer, int byMemberId)
    {
        if (byMemberId != AuthorId) throw new DomainException("OnlyAskerCanAccept");
        if (answer.QuestionId != Id || answer.IsDeleted) throw new DomainException("AnswerNotOnQuestion");
        if (IsDeleted) throw new DomainException("PostDeleted");
        AcceptedAnswerId = answer.Id;
    }

    public void Unaccept(int byMemberId)
    {
        if (byMemberId != AuthorId) throw new DomainException("OnlyAskerCanAccept");
        AcceptedAnswerId = null;
    }

    public void EnsureEditableBy(int memberId)
    {
        if (memberId != AuthorId) throw new DomainException("OnlyAuthorCanEdit");
        if (IsDeleted) throw new DomainException("PostDeleted");
        if (LockedAt is not null) throw new DomainException("QuestionLocked");
    }
}
