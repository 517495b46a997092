using Community.Core.Members;

namespace Community.Core.Questions;

/// <summary>A short plain-text remark under a question (AnswerId null) or an answer.</summary>
public class Comment
{
    public const int MinLength = 2;
    public const int MaxLength = 600;

    public int Id { get; set; }
    public int QuestionId { get; set; }
    public Question? Question { get; set; }
    public int? AnswerId { get; set; }
    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public bool IsDeleted { get; set; }
}
