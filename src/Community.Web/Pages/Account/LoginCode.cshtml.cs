using Community.Web.Hosting;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
public class LoginCodeModel(SignInManager<Member> signIn, IStringLocalizer<SharedResource> text, ILogger<LoginCodeModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    [Security.RateLimited("login")]

    public async Task<IActionResult> OnPostAsync(string? code, string? recoveryCode)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/account/login");
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = !string.IsNullOrWhiteSpace(recoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode.Replace(" ", ""))
            : await signIn.TwoFactorAuthenticatorSignInAsync(digits, RememberMe, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
        log.SecondStepFailed(result.IsLockedOut);
        ModelState.AddModelError("", text["TwoFactorCodeWrong"]);
        Response.StatusCode = 400;
        return Page();
    }
}
