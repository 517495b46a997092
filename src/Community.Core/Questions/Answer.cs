using Community.Core.Members;

namespace Community.Core.Questions;

public class Answer
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public Question? Question { get; set; }
    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public int Score { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public bool IsDeleted { get; set; }

    /// <summary>Published but listed in the first-posts queue until a moderator has looked.</summary>
    public bool NeedsReview { get; set; }

    /// <summary>Why the answer is hidden when <see cref="IsDeleted"/>: see <see cref="HiddenReasons"/>.</summary>
    public string? HiddenReason { get; set; }

    /// <summary>Marked by brand staff as the brand's official answer.</summary>
    public bool IsOfficial { get; set; }
    public Guid SubmissionId { get; set; }

    public void EnsureEditableBy(int memberId)
    {
        if (memberId != AuthorId) throw new DomainException("OnlyAuthorCanEdit");
        if (IsDeleted) throw new DomainException("PostDeleted");
    }
}
