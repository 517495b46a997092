using Community.Core.Members;

namespace Community.Core.Questions;

/// <summary>A short plain-text remark under a question (AnswerId null) or an answer.</summary>
public class Comment
{
    public const int MinLength = 2;
    public const int MaxLength = 600;

    public int Id { get; internal set; }
    public int QuestionId { get; internal set; }
    public Question? Question { get; internal set; }
    public int? AnswerId { get; internal set; }
    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public string Body { get; internal set; } = "";
    public DateTime CreatedAt { get; internal set; }
    public bool IsDeleted { get; internal set; }
}
