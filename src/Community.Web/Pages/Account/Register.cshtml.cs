using System.ComponentModel.DataAnnotations;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Account;

public class RegisterModel(SignInManager<Member> signIn, DisplayNameCheck displayNames,
    AccountEmails emails, TimeProvider clock, IStringLocalizer<SharedResource> text, Community.Core.Data.CommunityDbContext db) : PageModel
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
        // Checked and hashed (the slow part, ~100 ms) before the transaction below takes the database's write lock.
        var users = signIn.UserManager;
        var weak = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators) weak.AddRange((await validator.ValidateAsync(users, member, Input.Password)).Errors);
        if (weak.Count > 0) return Refused(weak);
        member.PasswordHash = users.PasswordHasher.HashPassword(member, Input.Password!);

        // The account, its role and its confirmation mail stand or fall together: a full disk once left an account
        // without its role (and without a way to confirm it) behind a 500.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(member);
        if (!created.Succeeded && signIn.Options.SignIn.RequireConfirmedEmail
            && created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName") && await signIn.UserManager.FindByEmailAsync(email) is { } existing)
        {
            // Where addresses must be confirmed, a taken address gets the same answer as a new one; its owner gets a mail.
            await emails.SendAlreadyRegisteredAsync(existing);
            TempData["Notice"] = "CheckYourEmail";
            return Redirect("/account/login");
        }
        if (!created.Succeeded) return Refused(created.Errors);
        var role = await signIn.UserManager.AddToRoleAsync(member, Roles.Member);
        if (!role.Succeeded) throw new InvalidOperationException($"Could not give a new member the {Roles.Member} role: {string.Join("; ", role.Errors.Select(e => e.Code))}");
        if (signIn.Options.SignIn.RequireConfirmedEmail)
        {
            await emails.SendConfirmationAsync(member);
            await transaction.CommitAsync();
            TempData["Notice"] = "CheckYourEmail";
            return Redirect("/account/login");
        }
        await transaction.CommitAsync();
        await signIn.SignInAsync(member, isPersistent: false);
        return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
    }

    private PageResult Refused(IEnumerable<IdentityError> errors)
    {
        foreach (var error in errors)
            ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", text["Identity" + error.Code]);
        return Page();
    }
}
