using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators merge a question into another (answers, votes and followers move; the old address redirects) or re-file it.</summary>
public class MergeOrMoveModel(MergeAndMoveQuestions questions) : ModeratorAction
{
    public async Task<IActionResult> OnPostMergeAsync(int questionId, string? targetId, CancellationToken ct)
    {
        var target = QuestionReference.Parse(targetId);
        await questions.MergeAsync(questionId, target ?? 0, Moderator, ct);
        return Redirect($"/questions/{target}");
    }

    public async Task<IActionResult> OnPostMoveAsync(int questionId, int? productId, string? tags, string? returnUrl, CancellationToken ct)
    {
        await questions.MoveAsync(questionId, productId, tags, Moderator, ct);
        return Back(returnUrl);
    }
}
