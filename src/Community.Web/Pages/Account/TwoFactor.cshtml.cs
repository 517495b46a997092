using Community.Web.Hosting;
using Community.Core.Members;
using Community.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Community.Web.Pages.Account;

/// <summary>Two-factor sign-in with an authenticator app: set up (QR code or key, then a code to prove it), or turn off (not for admins when required).</summary>
[Authorize]
public class TwoFactorModel(SignInManager<Member> signIn, TwoFactorSetup setup, IOptions<AccountOptions> options,
    IStringLocalizer<SharedResource> text, ILogger<TwoFactorModel> log) : PageModel
{
    public bool Enabled { get; private set; }
    public TwoFactorSetup.AuthenticatorKey? Key { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public bool MayDisable { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    [Security.RateLimited("login")]

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        var member = await signIn.UserManager.GetUserAsync(User);
        if (member is null) return Challenge();
        var codes = await setup.EnableAsync(member, code);
        if (codes is null)
        {
            log.TwoFactorSetUpFailed();
            ModelState.AddModelError("", text["TwoFactorCodeWrong"]);
            await LoadAsync();
            Response.StatusCode = 400;
            return Page();
        }
        // Re-issue the cookie so the new security stamp does not sign the member out a minute later.
        await signIn.RefreshSignInAsync(member);
        await LoadAsync();
        RecoveryCodes = codes;
        return Page();
    }

    [Security.RateLimited("login")]

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var member = await signIn.UserManager.GetUserAsync(User);
        if (member is null) return Challenge();
        if (!await MayDisableAsync(member)) return Forbid();
        await signIn.UserManager.SetTwoFactorEnabledAsync(member, false);
        await signIn.UserManager.ResetAuthenticatorKeyAsync(member);
        await signIn.RefreshSignInAsync(member);
        return Redirect("/account/two-factor");
    }

    private async Task<bool> LoadAsync()
    {
        var member = await signIn.UserManager.GetUserAsync(User);
        if (member is null) return false;
        Enabled = await signIn.UserManager.GetTwoFactorEnabledAsync(member);
        MayDisable = Enabled && await MayDisableAsync(member);
        if (!Enabled) Key = await setup.KeyForAsync(member);
        return true;
    }

    private async Task<bool> MayDisableAsync(Member member) =>
        !options.Value.RequireTwoFactorForAdmins || !await signIn.UserManager.IsInRoleAsync(member, Roles.Admin);
}
