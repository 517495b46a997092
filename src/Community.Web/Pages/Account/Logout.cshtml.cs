using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Account;

public class LogoutModel(SignInManager<Member> signIn, Accounts.SignInSessions sessions) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    [Security.NotRateLimited("signing out ends a session; nothing to multiply")]

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        await sessions.EndCurrentAsync(HttpContext, signIn);
        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
