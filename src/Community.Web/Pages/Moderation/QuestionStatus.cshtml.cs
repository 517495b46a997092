using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators close, reopen, lock and pin a question, then return to it.</summary>
public class QuestionStatusModel(ModerateQuestion moderate) : ModeratorAction
{
    public async Task<IActionResult> OnPostCloseAsync(int questionId, string? reason, string? duplicateOf, string? returnUrl, CancellationToken ct)
    {
        await moderate.CloseAsync(questionId, reason, QuestionReference.Parse(duplicateOf), Moderator, ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostReopenAsync(int questionId, string? returnUrl, CancellationToken ct)
    {
        await moderate.ReopenAsync(questionId, Moderator, ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostLockAsync(int questionId, bool locked, string? returnUrl, CancellationToken ct)
    {
        await moderate.LockAsync(questionId, locked, Moderator, ct);
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostPinAsync(int questionId, bool pinned, string? returnUrl, CancellationToken ct)
    {
        await moderate.PinAsync(questionId, pinned, Moderator, ct);
        return Back(returnUrl);
    }
}
