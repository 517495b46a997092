using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Invites the chosen members into a private space; each is told at once.</summary>
public class InviteModel(InviteAdvocates invite) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(int spaceId, CancellationToken ct) =>
        Back("MembersInvited", await invite.ExecuteAsync(MemberIds, spaceId, Actor, ct));
}
