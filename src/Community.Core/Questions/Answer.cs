using Community.Core.Members;

namespace Community.Core.Questions;

public class Answer
{
    public int Id { get; internal set; }
    public int QuestionId { get; internal set; }
    public Question? Question { get; internal set; }
    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public string BodyMarkdown { get; internal set; } = "";
    public string BodyHtml { get; internal set; } = "";
    public int Score { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
    public DateTime? EditedAt { get; internal set; }
    public bool IsDeleted { get; private set; }

    /// <summary>Published but listed in the first-posts queue until a moderator has looked.</summary>
    public bool NeedsReview { get; internal set; }

    /// <summary>Why the answer is hidden when <see cref="IsDeleted"/>: see <see cref="HiddenReasons"/>.</summary>
    public string? HiddenReason { get; private set; }

    /// <summary>Marked by brand staff as the brand's official answer.</summary>
    public bool IsOfficial { get; private set; }
    public Guid SubmissionId { get; internal set; }

    /// <summary>Hides the answer (see <see cref="PostVisibility.Hide"/>); true when it was public until now.</summary>
    public bool Hide(string reason) => PostVisibility.Hide(IsDeleted, HiddenReason, reason, (deleted, why) => (IsDeleted, HiddenReason) = (deleted, why));

    /// <summary>Shows a hidden answer again; returns why it had been hidden.</summary>
    public string? Restore() => PostVisibility.Restore(IsDeleted, HiddenReason, (deleted, why) => (IsDeleted, HiddenReason) = (deleted, why));

    /// <summary>A new member's first post waits, hidden, for a moderator.</summary>
    public void HoldForReview() => (IsDeleted, HiddenReason) = (true, HiddenReasons.AwaitingReview);

    /// <summary>The brand's official answer (brand staff decide; the caller checks the role).</summary>
    public void MarkOfficial(bool official) => IsOfficial = official;

    public void EnsureEditableBy(int memberId)
    {
        if (memberId != AuthorId) throw DomainException.Forbidden("OnlyAuthorCanEdit");
        if (IsDeleted) throw DomainException.Conflict("PostDeleted");
    }
}
