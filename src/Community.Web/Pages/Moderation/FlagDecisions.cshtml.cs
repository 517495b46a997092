using Community.Core.Members;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators decide all open flags on one post or profile at once; the outcome feeds each flagger's accuracy.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class FlagDecisionsModel(ResolveFlags resolve) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, int targetId, FlagDecision decision, string? returnUrl, CancellationToken ct)
    {
        await resolve.ExecuteAsync(kind, targetId, decision, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
