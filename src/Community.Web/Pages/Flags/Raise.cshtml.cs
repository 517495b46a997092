using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Flags;

/// <summary>Any signed-in member flags someone else's post or profile for the moderators (Core refuses one's own and repeats).</summary>
[Authorize]
public class RaiseModel(FlagContent flags) : PageModel
{
    public IActionResult OnGet() => NotFound();

    /// <remarks>When the flag hides the post at once, the flagger goes to the question list: the post is gone for them.</remarks>
    [Security.RateLimited("flag")]
    public async Task<IActionResult> OnPostAsync(string kind, int postId, string? reason, string? flagText, string? duplicateOf, string? returnUrl, CancellationToken ct)
    {
        var flagged = await flags.ExecuteAsync(new FlagInput(kind, postId, reason, flagText, QuestionReference.Parse(duplicateOf)), User.Id()!.Value, ct);
        TempData["Notice"] = "FlagThanks";
        return Redirect(flagged.HidPost ? "/questions" : LocalUrl.OrHome(returnUrl));
    }
}
