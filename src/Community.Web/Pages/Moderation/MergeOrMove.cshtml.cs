using Community.Core.Members;
using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators merge a question into another (answers, votes and followers move; the old address redirects) or re-file it.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class MergeOrMoveModel(MergeAndMoveQuestions questions) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostMergeAsync(int questionId, string? targetId, CancellationToken ct)
    {
        var target = QuestionReference.Parse(targetId);
        await questions.MergeAsync(questionId, target ?? 0, User.Id()!.Value, ct);
        return Redirect($"/questions/{target}");
    }

    public async Task<IActionResult> OnPostMoveAsync(int questionId, int? productId, string? tags, string? returnUrl, CancellationToken ct)
    {
        await questions.MoveAsync(questionId, productId, tags, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
