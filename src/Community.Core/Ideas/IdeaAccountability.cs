namespace Community.Core.Ideas;

/// <summary>The brand answered: the first answer is remembered (response statistics) and the clock stops.</summary>
public static class IdeaAccountability
{
    public static void Responded(Idea idea, DateTime now)
    {
        idea.FirstBrandResponseAt ??= now;
        idea.ResponseDueAt = null;
    }

    public static bool IsOverdue(Idea idea, DateTime now) => idea.ResponseDueAt is { } due && due < now && idea.FirstBrandResponseAt is null;
}
