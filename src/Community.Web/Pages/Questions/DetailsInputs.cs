using Community.Core.Content;

namespace Community.Web.Pages.Questions;

// Explicit input models: a handler binds only these fields, never an entity (no mass assignment).
public sealed class AnswerInput
{
    public string? Body { get; set; }
    public Guid SubmissionId { get; set; }
}

public sealed class CommentInput
{
    public int? AnswerId { get; set; }
    public string? Body { get; set; }
}

public sealed class VoteInput
{
    public PostKind Kind { get; set; }
    public int PostId { get; set; }
    public string? Direction { get; set; }
}

/// <summary>What the answer form shows: where it posts and what was typed.</summary>
public sealed record AnswerForm(int QuestionId, AnswerInput Answer);
