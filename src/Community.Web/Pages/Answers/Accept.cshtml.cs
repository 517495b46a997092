using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Answers;

/// <summary>The asker accepts an answer, or takes the mark back by pressing again (Core refuses anyone else).</summary>
[Authorize]
public class AcceptModel(AcceptAnswer acceptAnswer) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/questions/{id}");

    [Security.RateLimited("vote")]
    public async Task<IActionResult> OnPostAsync(int id, int answerId, CancellationToken ct)
    {
        await acceptAnswer.ExecuteAsync(answerId, User.Id()!.Value, ct);
        return Redirect($"/questions/{id}#answer-{answerId}");
    }
}
