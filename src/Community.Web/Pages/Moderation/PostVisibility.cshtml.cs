using Community.Core.Content;
using Community.Core.Moderation;
using Community.Core.Questions;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators delete or undelete a question or answer, or mark a queued one as looked at.</summary>
public class PostVisibilityModel(ModeratePosts posts) : ModeratorAction
{
    public async Task<IActionResult> OnPostDeleteAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.HideAsync(PostKindNames.QuestionOrAnswer(kind), postId, HiddenReasons.Moderator, Moderator, ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostUndeleteAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.RestoreAsync(PostKindNames.QuestionOrAnswer(kind), postId, Moderator, ct: ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostReviewedAsync(string kind, int postId, string? returnUrl, CancellationToken ct)
    {
        await posts.MarkReviewedAsync(PostKindNames.QuestionOrAnswer(kind), postId, Moderator, ct);
        return Back(returnUrl);
    }
}
