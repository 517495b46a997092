using Community.Core.Data;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Account;

/// <summary>The member's own choices: whether the brand team may contact them about advocacy (and who looks after them).</summary>
[Authorize]
[Security.NotRateLimited("a member's own setting, one row")]
public class PreferencesModel(CommunityDbContext db, ChooseAdvocacyContact choose) : PageModel
{
    public bool? AdvocacyContact { get; private set; }
    public string? Manager { get; private set; }
    public int? ManagerId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.Id()!.Value;
        var member = await db.Users.AsNoTracking().Where(m => m.Id == me)
            .Select(m => new { m.AdvocacyContact, m.ManagerId, Manager = db.Users.Where(x => x.Id == m.ManagerId).Select(x => x.DisplayName).FirstOrDefault() })
            .SingleAsync(ct);
        (AdvocacyContact, ManagerId, Manager) = (member.AdvocacyContact, member.ManagerId, member.Manager);
    }

    public async Task<IActionResult> OnPostAsync(string? contact, CancellationToken ct)
    {
        if (contact is not ("yes" or "no")) throw new Core.DomainException("ChooseYesOrNo");
        await choose.ExecuteAsync(User.Id()!.Value, contact == "yes", ct);
        TempData["Notice"] = "PreferencesSaved";
        return Redirect("/account/preferences");
    }
}
