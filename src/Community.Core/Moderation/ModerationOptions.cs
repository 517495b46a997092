namespace Community.Core.Moderation;

/// <summary>The "Moderation" section of appsettings.json.</summary>
public sealed class ModerationOptions
{
    public const string Section = "Moderation";

    /// <summary>
    /// "hold": a new member's first posts wait for a moderator; "review": they publish at once and are listed
    /// for a moderator to look at; "off": neither.
    /// </summary>
    public string FirstPosts { get; set; } = "hold";

    /// <summary>How many of a new member's posts are reviewed before they publish freely.</summary>
    public int FirstPostsReviewed { get; set; } = 1;

    /// <summary>Members at or above this reputation skip the first-post queue and count as trusted flaggers.</summary>
    public int TrustedReputation { get; set; } = 200;

    /// <summary>Spam or abuse flags from this many trusted members hide a post at once, pending review.</summary>
    public int AutoHideFlags { get; set; } = 3;

    /// <summary>Below this reputation a member's post may contain at most <see cref="NewMemberMaxLinks"/> links (spam's favourite payload).</summary>
    public int NewMemberLinkReputation { get; set; } = 15;

    public int NewMemberMaxLinks { get; set; } = 2;

    /// <summary>Close (or reopen) votes from privileged members needed to close (or reopen) a question.</summary>
    public int CloseVotesNeeded { get; set; } = 3;

    /// <summary>Posts scored at or below this appear in the low-quality queue.</summary>
    public int LowQualityScore { get; set; } = -3;

    public bool HoldsFirstPosts => string.Equals(FirstPosts, "hold", StringComparison.OrdinalIgnoreCase);

    public bool ReviewsFirstPosts => string.Equals(FirstPosts, "review", StringComparison.OrdinalIgnoreCase);
}
