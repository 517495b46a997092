using System.ComponentModel.DataAnnotations;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Account;

public class ForgotPasswordModel(UserManager<Member> users, AccountEmails emails) : PageModel
{
    public sealed class InputModel
    {
        [Display(Name = "Email"), Required(ErrorMessage = "EmailRequired"), EmailAddress(ErrorMessage = "EmailInvalid")]
        public string? Email { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    [Security.RateLimited("reset")]

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        // The answer is the same whether or not the address belongs to a member.
        if (await users.FindByEmailAsync(Input.Email!.Trim()) is { } member)
            await emails.SendPasswordResetAsync(member);
        Sent = true;
        return Page();
    }
}
