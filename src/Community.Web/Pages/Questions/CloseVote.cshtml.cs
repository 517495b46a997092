using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Questions;

/// <summary>Members with the close/reopen privilege vote (Core checks the privilege); enough votes decide.</summary>
[Authorize]
public class CloseVoteModel(VoteToClose votes) : PageModel
{
    public IActionResult OnGet() => NotFound();

    [Security.RateLimited("flag")]
    public async Task<IActionResult> OnPostAsync(int questionId, bool reopen, string? reason, string? duplicateOf, string? returnUrl, CancellationToken ct)
    {
        await votes.ExecuteAsync(questionId, reopen, reason, QuestionReference.Parse(duplicateOf), User.Id()!.Value, ct);
        TempData["Notice"] = "CloseVoteRecorded";
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
