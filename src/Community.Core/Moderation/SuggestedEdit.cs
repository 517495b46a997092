using Community.Core.Content;

namespace Community.Core.Moderation;

/// <summary>An edit to someone else's post proposed by a member who may not edit it directly; it waits for a reviewer.</summary>
public class SuggestedEdit
{
    public const int SummaryMax = 300;

    public int Id { get; set; }
    public PostKind PostKind { get; set; }
    public int PostId { get; set; }
    public int ProposerId { get; set; }
    public string? Title { get; set; }
    public string? Tags { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? Outcome { get; set; }
    public int? ReviewerId { get; set; }
    public DateTime? ReviewedAt { get; set; }
}
