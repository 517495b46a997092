using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Moderation;

/// <summary>
/// A moderators' action page (POST only): who may act is declared here once, for every page built on it; success
/// returns to the page the form came from, a refusal shows its reason (<see cref="Refusals.RefusalFilter"/>).
/// </summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public abstract class ModeratorAction : PageModel
{
    public IActionResult OnGet() => NotFound();

    protected int Moderator => User.Id()!.Value;

    protected IActionResult Back(string? returnUrl) => Redirect(LocalUrl.OrHome(returnUrl));
}
