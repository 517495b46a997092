using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Brand;

/// <summary>One member through the brand team's eyes: contributions, the score and why, stage history, recognition, care, notes — and the actions.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class MemberModel(MemberDossier dossier, BrandChoices choices) : PageModel
{
    public MemberDossier.View Member { get; private set; } = null!;
    public BrandChoices.Lists Lists { get; private set; } = BrandChoices.Lists.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await dossier.LoadAsync(id, ct) is not { } member) return NotFound();
        Member = member;
        Lists = await choices.LoadAsync(ct);
        return Page();
    }
}
