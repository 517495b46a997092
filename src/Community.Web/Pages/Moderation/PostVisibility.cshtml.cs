using Community.Core.Content;
using Community.Core.Members;
using Community.Core.Moderation;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators delete or undelete a question or answer, or mark a queued one as looked at.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class PostVisibilityModel(ModeratePosts posts) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.HideAsync(PostKindNames.QuestionOrAnswer(kind), postId, HiddenReasons.Moderator, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostUndeleteAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.RestoreAsync(PostKindNames.QuestionOrAnswer(kind), postId, User.Id()!.Value, ct: ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostReviewedAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.MarkReviewedAsync(PostKindNames.QuestionOrAnswer(kind), postId, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
