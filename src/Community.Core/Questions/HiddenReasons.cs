namespace Community.Core.Questions;

/// <summary>
/// Why a post is not public. Every hidden post has IsDeleted set (so every list and search already skips
/// it); its author and moderators still see it, with this reason. Nothing is ever removed from the database.
/// </summary>
public static class HiddenReasons
{
    public const string Author = "author";
    public const string Moderator = "moderator";
    public const string Flagged = "flagged";
    public const string AwaitingReview = "review";
    public const string Spammer = "spammer";
}

/// <summary>Why a question was closed (localised as "CloseReason_{key}").</summary>
public static class CloseReasons
{
    public const string Duplicate = "duplicate";
    public static readonly string[] All = [Duplicate, "off-topic", "unclear", "too-broad", "resolved"];
}
