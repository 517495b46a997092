using Community.Core.Members;
using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators close, reopen, lock and pin a question, then return to it.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class QuestionStatusModel(ModerateQuestion moderate) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostCloseAsync(int questionId, string? reason, string? duplicateOf, string? returnUrl, CancellationToken ct)
    {
        await moderate.CloseAsync(questionId, reason, QuestionReference.Parse(duplicateOf), User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostReopenAsync(int questionId, string? returnUrl, CancellationToken ct)
    {
        await moderate.ReopenAsync(questionId, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostLockAsync(int questionId, bool locked, string? returnUrl, CancellationToken ct)
    {
        await moderate.LockAsync(questionId, locked, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }

    public async Task<IActionResult> OnPostPinAsync(int questionId, bool pinned, string? returnUrl, CancellationToken ct)
    {
        await moderate.PinAsync(questionId, pinned, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
