using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Account;

public class ConfirmEmailModel(UserManager<Member> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(int userId, string? code)
    {
        var member = await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (member is null || string.IsNullOrEmpty(code)) return;
        try
        {
            Confirmed = (await users.ConfirmEmailAsync(member, AccountEmails.Decode(code))).Succeeded;
        }
        catch (FormatException)
        {
            Confirmed = false;
        }
    }
}
