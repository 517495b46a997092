namespace Community.Core.BrandTeam;

/// <summary>A named group of members the brand team put together by hand (e.g. "Launch reviewers 2027"), to act on and export.</summary>
public class Segment
{
    public const int NameMax = 60;

    public int Id { get; internal set; }
    public string Name { get; internal set; } = "";
    public int CreatedById { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}

public class SegmentMember
{
    public int SegmentId { get; internal set; }
    public int MemberId { get; internal set; }
    public int AddedById { get; internal set; }
    public DateTime AddedAt { get; internal set; }
}

/// <summary>A personal message from the brand team to one member; the member reads it on their messages page.</summary>
public class BrandMessage
{
    public const int TextMax = 2000;

    public int Id { get; internal set; }
    public int MemberId { get; internal set; }
    public int SenderId { get; internal set; }
    public string Text { get; internal set; } = "";
    public DateTime SentAt { get; internal set; }
}
