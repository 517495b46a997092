using Community.Web.Hosting;
using System.ComponentModel.DataAnnotations;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Account;

public class LoginModel(SignInManager<Member> signIn, UserManager<Member> users, IStringLocalizer<SharedResource> text, ILogger<LoginModel> log) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Email"), Required(ErrorMessage = "EmailRequired")]
        public string? Email { get; set; }

        [Display(Name = "Password"), Required(ErrorMessage = "PasswordRequired"), DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "RememberMe")]
        public bool RememberMe { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    [Security.RateLimited("login")]

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var member = await users.FindByEmailAsync(Input.Email!.Trim());
        // Unknown email and wrong password read the same, so the form cannot tell who is a member.
        if (await Accounts.LoginTiming.RefusedWithoutHashingAsync(member, signIn))
            Accounts.LoginTiming.VerifyAgainstNobody(users.PasswordHasher, Input.Password!);
        var result = member is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(member, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
        if (result.RequiresTwoFactor)
            return Redirect($"/account/login-code?returnUrl={Uri.EscapeDataString(LocalUrl.OrHome(ReturnUrl))}&rememberMe={Input.RememberMe}");

        log.SignInFailed(result.IsLockedOut);
        // One message for unknown, wrong, locked out and suspended: a reply must not tell whether an account exists.
        ModelState.AddModelError("", text["InvalidLogin"]);
        return Page();
    }
}
