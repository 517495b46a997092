namespace Community.Core.Moderation;

/// <summary>A moderator's private note on a member (warnings, suspensions and their reasons are noted too).</summary>
public class MemberNote
{
    public const int TextMax = 1000;

    public int Id { get; set; }
    public int MemberId { get; set; }
    public int AuthorId { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
