using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>
/// A brand-team action on chosen members (POST only): who may act is declared here once; success returns to the page the
/// form came from with a notice, a refusal shows its reason (<see cref="Refusals.RefusalFilter"/>). Each action is audited
/// by its use case.
/// </summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
[Security.NotRateLimited("brand team only")]
public abstract class BrandAction : PageModel
{
    [BindProperty] public List<int> MemberIds { get; set; } = [];
    [BindProperty] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => NotFound();

    protected int Actor => User.Id()!.Value;

    /// <param name="notice">A resource key; <paramref name="count"/> fills its {0}.</param>
    protected IActionResult Back(string notice, int count)
    {
        TempData["Notice"] = $"{notice}|{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return Redirect(LocalUrl.OrHome(ReturnUrl));
    }
}
