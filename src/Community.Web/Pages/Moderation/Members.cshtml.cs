using Community.Core.Moderation;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators' measures on a member (POST only): warn, silence, suspend, lift, delete as spammer, note. Each returns to the profile.</summary>
public class MembersModel(ModerateMember measures) : ModeratorAction
{
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
        await act(Moderator);
        TempData["Notice"] = notice;
        return Redirect($"/users/{memberId}");
    }
}
