using System.ComponentModel.DataAnnotations;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Account;

public class ResetPasswordModel(UserManager<Member> users, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Email"), Required(ErrorMessage = "EmailRequired")]
        public string? Email { get; set; }

        [Display(Name = "NewPassword"), Required(ErrorMessage = "PasswordRequired"), DataType(DataType.Password), StringLength(128)]
        public string? Password { get; set; }

        public string? Code { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet(string? email, string? code) => Input = new InputModel { Email = email, Code = code };

    [Security.RateLimited("reset")]

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var member = await users.FindByEmailAsync(Input.Email!.Trim());
        IdentityResult result;
        try
        {
            result = member is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(member, AccountEmails.Decode(Input.Code ?? ""), Input.Password!);
        }
        catch (FormatException)
        {
            result = IdentityResult.Failed();
        }
        if (result.Succeeded)
        {
            TempData["Notice"] = "PasswordWasReset";
            return Redirect("/account/login");
        }
        var passwordError = result.Errors.FirstOrDefault(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
        ModelState.AddModelError(passwordError is null ? "" : "Input.Password", text[passwordError is null ? "ResetLinkInvalid" : "Identity" + passwordError.Code]);
        return Page();
    }
}
