namespace Community.Core.Moderation;

/// <summary>A trusted member's vote to close (or reopen) a question; enough of them act like a moderator's decision.</summary>
public class CloseVote
{
    public int Id { get; internal set; }
    public int QuestionId { get; internal set; }
    public int VoterId { get; internal set; }
    public bool Reopen { get; internal set; }
    public string? Reason { get; internal set; }
    public int? DuplicateOfId { get; internal set; }
    public DateTime CreatedAt { get; internal set; }

    /// <summary>Set once the votes led to a close or reopen (or a moderator decided first): they no longer count.</summary>
    public bool Settled { get; internal set; }
}
