using Community.Core.Ideas;

namespace Community.Web.Pages.Ideas;

/// <summary>One row of an idea list.</summary>
public sealed record IdeaSummary(int Id, string Title, IdeaStatus Status, int VoteCount, decimal WeightedVotes, int CommentCount,
    string AuthorName, int AuthorId, string? ProductName, string? ProductSlug, DateTime CreatedAt, DateTime? ResponseDueAt, Guid? AuthorAvatarId = null);

public static class IdeaQueries
{
    public static IQueryable<IdeaSummary> Summaries(this IQueryable<Idea> ideas) => ideas.Select(i => new IdeaSummary(
        i.Id, i.Title, i.Status, i.VoteCount, i.WeightedVotes, i.CommentCount, i.Author!.DisplayName, i.AuthorId,
        i.Product == null ? null : i.Product.Name, i.Product == null ? null : i.Product.Slug, i.CreatedAt, i.ResponseDueAt, i.Author.AvatarId));

    /// <summary>Bootstrap colours per status, so the list reads at a glance.</summary>
    public static string BadgeClass(IdeaStatus status) => status switch
    {
        IdeaStatus.New => "text-bg-secondary",
        IdeaStatus.UnderReview => "text-bg-info",
        IdeaStatus.Planned => "text-bg-primary",
        IdeaStatus.InProgress => "text-bg-warning",
        IdeaStatus.Delivered => "text-bg-success",
        IdeaStatus.NotPlanned => "text-bg-dark",
        _ => "text-bg-light border",
    };
}
