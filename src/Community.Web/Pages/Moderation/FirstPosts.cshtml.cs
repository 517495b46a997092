using Community.Core.Content;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators approve a held first post (published and announced) or reject it.</summary>
public class FirstPostsModel(ReviewFirstPosts review) : ModeratorAction
{
    public async Task<IActionResult> OnPostApproveAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await review.ApproveAsync(PostKindNames.QuestionOrAnswer(kind), postId, Moderator, ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostRejectAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await review.RejectAsync(PostKindNames.QuestionOrAnswer(kind), postId, Moderator, ct);
        return Back(returnUrl);
    }
}
