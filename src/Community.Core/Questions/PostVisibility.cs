namespace Community.Core.Questions;

/// <summary>The one rule for hiding and showing a question or answer again, shared by both.</summary>
internal static class PostVisibility
{
    /// <summary>
    /// A public post may be hidden for any reason. One already hidden — held for review or hidden by flags — may
    /// only be hidden for good by a moderator (or as a spammer's); anything else is a conflict. True when the post
    /// was public until now (counts that include it must drop).
    /// </summary>
    public static bool Hide(bool isDeleted, string? current, string reason, Action<bool, string?> set)
    {
        var wasPublic = !isDeleted;
        if (isDeleted && !(reason is HiddenReasons.Moderator or HiddenReasons.Spammer && current is HiddenReasons.Flagged or HiddenReasons.AwaitingReview))
            throw DomainException.Conflict("PostDeleted");
        set(true, reason);
        return wasPublic;
    }

    public static string? Restore(bool isDeleted, string? current, Action<bool, string?> set)
    {
        if (!isDeleted) throw DomainException.Conflict("PostNotDeleted");
        set(false, null);
        return current;
    }
}
