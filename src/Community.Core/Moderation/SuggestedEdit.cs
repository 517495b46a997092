using Community.Core.Content;

namespace Community.Core.Moderation;

/// <summary>An edit to someone else's post proposed by a member who may not edit it directly; it waits for a reviewer.</summary>
public class SuggestedEdit
{
    public const int SummaryMax = 300;

    public int Id { get; internal set; }
    public PostKind PostKind { get; internal set; }
    public int PostId { get; internal set; }
    public int ProposerId { get; internal set; }
    public string? Title { get; internal set; }
    public string? Tags { get; internal set; }
    public string BodyMarkdown { get; internal set; } = "";
    public string? Summary { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
    public string? Outcome { get; private set; }
    public int? ReviewerId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>Decided once, by someone other than its proposer.</summary>
    public void Decide(bool approve, int reviewerId, DateTime at)
    {
        if (Outcome is not null) throw DomainException.Conflict("SuggestionNotPending");
        if (reviewerId == ProposerId) throw new DomainException("CannotReviewOwnSuggestion");
        (Outcome, ReviewerId, ReviewedAt) = (approve ? "approved" : "rejected", reviewerId, at);
    }
}
