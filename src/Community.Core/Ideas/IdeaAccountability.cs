namespace Community.Core.Ideas;

/// <summary>The brand answered: the first answer is remembered (response statistics) and the clock stops.</summary>
public static class IdeaAccountability
{
    public static void Responded(Idea idea, DateTime now)
    {
        idea.FirstBrandResponseAt ??= now;
        idea.ResponseDueAt = null;
    }

    /// <summary>An unanswered idea that reached the threshold owes a response within the configured days.</summary>
    public static void StartClockIfDue(Idea idea, IdeaOptions rules, DateTime now)
    {
        if (idea.VoteCount >= rules.ResponseThreshold && idea.FirstBrandResponseAt is null && idea.ResponseDueAt is null)
            idea.ResponseDueAt = now.AddDays(rules.ResponseDays);
    }

    public static bool IsOverdue(Idea idea, DateTime now) => idea.ResponseDueAt is { } due && due < now && idea.FirstBrandResponseAt is null;
}
