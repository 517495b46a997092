namespace Community.Core.Moderation;

/// <summary>A trusted member's vote to close (or reopen) a question; enough of them act like a moderator's decision.</summary>
public class CloseVote
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public int VoterId { get; set; }
    public bool Reopen { get; set; }
    public string? Reason { get; set; }
    public int? DuplicateOfId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set once the votes led to a close or reopen (or a moderator decided first): they no longer count.</summary>
    public bool Settled { get; set; }
}
