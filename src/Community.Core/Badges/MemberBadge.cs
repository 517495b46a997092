namespace Community.Core.Badges;

/// <summary>A badge a member holds. <see cref="Subject"/> is "" for once-per-member badges, else "answer:12" or "tag:wifi".</summary>
public class MemberBadge
{
    public long Id { get; internal set; }
    public int MemberId { get; internal set; }
    public string BadgeKey { get; internal set; } = "";
    public string Subject { get; internal set; } = "";
    public DateTime AwardedAt { get; internal set; }
}

/// <summary>One day on which a member was signed in and active: the input of streak badges.</summary>
public class MemberVisit
{
    public int MemberId { get; internal set; }
    public DateOnly Day { get; internal set; }
}
