using Community.Core.Members;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Answers;

/// <summary>The brand team marks an answer as the brand's official one (or takes the mark away), then returns to it.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
[Security.NotRateLimited("brand team only")]
public class OfficialModel(MarkOfficialAnswer mark) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int answerId, bool official, string? returnUrl, CancellationToken ct)
    {
        await mark.ExecuteAsync(answerId, official, User.Id()!.Value, ct);
        return Redirect(LocalUrl.OrHome(returnUrl));
    }
}
