using Community.Core.Ideas;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Ideas;

/// <summary>Moderators turn a proposal asked as a question into an idea (author, followers and a link kept).</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
public class FromQuestionModel(ConvertQuestionToIdea convert) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/questions/{id}");

    [Security.RateLimited("idea")]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var idea = await convert.ExecuteAsync(id, User.Id()!.Value, ct);
        return Redirect($"/ideas/{idea.Id}");
    }
}
