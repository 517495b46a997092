namespace Community.Core.Moderation;

/// <summary>A moderator's private note on a member (warnings, suspensions and their reasons are noted too).</summary>
public class MemberNote
{
    public const int TextMax = 1000;

    public int Id { get; internal set; }
    public int MemberId { get; internal set; }
    public int AuthorId { get; internal set; }
    public string Text { get; internal set; } = "";
    public DateTime CreatedAt { get; internal set; }
}
