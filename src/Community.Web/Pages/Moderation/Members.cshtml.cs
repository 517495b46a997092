using Community.Core;
using Community.Core.Moderation;
using Community.Core.Members;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators' measures on a member (POST only): warn, silence, suspend, lift, delete as spammer, note. Each returns to the profile.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class MembersModel(ModerateMember measures, IStringLocalizer<SharedResource> text) : PageModel
{
    public string? Refusal { get; private set; }
    public string BackUrl { get; private set; } = "/";

    public IActionResult OnGet() => NotFound();

    public Task<IActionResult> OnPostWarnAsync(int memberId, string? reason, CancellationToken ct) =>
        RunAsync(memberId, me => measures.WarnAsync(memberId, reason, me, ct), "MemberWarned");

    public Task<IActionResult> OnPostSilenceAsync(int memberId, int hours, string? reason, CancellationToken ct) =>
        RunAsync(memberId, me => measures.SilenceAsync(memberId, hours, reason, me, ct), "MemberSilenced");

    public Task<IActionResult> OnPostSuspendAsync(int memberId, int days, string? reason, CancellationToken ct) =>
        RunAsync(memberId, me => measures.SuspendAsync(memberId, days, reason, me, ct), "MemberSuspended");

    public Task<IActionResult> OnPostLiftAsync(int memberId, CancellationToken ct) =>
        RunAsync(memberId, me => measures.LiftSuspensionAsync(memberId, me, ct), "SuspensionLifted");

    public Task<IActionResult> OnPostNoteAsync(int memberId, string? reason, CancellationToken ct) =>
        RunAsync(memberId, me => measures.AddNoteAsync(memberId, reason, me, ct), "NoteSaved");

    public Task<IActionResult> OnPostSpammerAsync(int memberId, [FromServices] DeleteSpammer spammer, CancellationToken ct) =>
        RunAsync(memberId, me => spammer.ExecuteAsync(memberId, me, ct), "SpammerDeleted");

    private async Task<IActionResult> RunAsync(int memberId, Func<int, Task> act, string notice)
    {
        BackUrl = $"/users/{memberId}";
        try
        {
            await act(User.Id()!.Value);
            TempData["Notice"] = notice;
            return Redirect(BackUrl);
        }
        catch (DomainException refusal)
        {
            Refusal = refusal.Localize(text);
            Response.StatusCode = refusal.MessageKey == "MemberNotFound" ? 404 : 400;
            return Page();
        }
    }
}
