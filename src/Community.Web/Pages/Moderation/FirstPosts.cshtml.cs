using Community.Core.Content;
using Community.Core.Members;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators approve a held first post (published and announced) or reject it.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class FirstPostsModel(ReviewFirstPosts review) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await review.ApproveAsync(PostKindNames.QuestionOrAnswer(kind), postId, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostRejectAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await review.RejectAsync(PostKindNames.QuestionOrAnswer(kind), postId, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
