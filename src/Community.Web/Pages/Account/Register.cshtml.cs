using System.ComponentModel.DataAnnotations;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Account;

public class RegisterModel(SignInManager<Member> signIn, DisplayNameCheck displayNames,
    AccountEmails emails, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Email"), Required(ErrorMessage = "EmailRequired"), EmailAddress(ErrorMessage = "EmailInvalid"), StringLength(200)]
        public string? Email { get; set; }

        [Display(Name = "DisplayName"), Required(ErrorMessage = "DisplayNameLength")]
        public string? DisplayName { get; set; }

        [Display(Name = "Password"), Required(ErrorMessage = "PasswordRequired"), DataType(DataType.Password), StringLength(128)]
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    [Security.RateLimited("register")]

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var name = await displayNames.CheckAsync(Input.DisplayName);
        if (name.ErrorKey is not null)
        {
            ModelState.AddModelError("Input.DisplayName", text[name.ErrorKey]);
            return Page();
        }
        var email = Input.Email!.Trim();
        var member = new Member
        {
            UserName = email, Email = email, DisplayName = name.Name!, DisplayNameSkeleton = name.Skeleton!,
            JoinedAt = clock.GetUtcNow().UtcDateTime, PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        var created = await signIn.UserManager.CreateAsync(member, Input.Password!);
        if (!created.Succeeded && signIn.Options.SignIn.RequireConfirmedEmail
            && created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName") && await signIn.UserManager.FindByEmailAsync(email) is { } existing)
        {
            // Where addresses must be confirmed, a taken address gets the same answer as a new one; its owner gets a mail.
            await emails.SendAlreadyRegisteredAsync(existing);
            TempData["Notice"] = "CheckYourEmail";
            return Redirect("/account/login");
        }
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", text["Identity" + error.Code]);
            return Page();
        }
        await signIn.UserManager.AddToRoleAsync(member, Roles.Member);
        if (signIn.Options.SignIn.RequireConfirmedEmail)
        {
            await emails.SendConfirmationAsync(member);
            TempData["Notice"] = "CheckYourEmail";
            return Redirect("/account/login");
        }
        await signIn.SignInAsync(member, isPersistent: false);
        return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
    }
}
