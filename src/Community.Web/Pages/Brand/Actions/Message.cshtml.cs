using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Sends the chosen members a personal message; those who declined contact are skipped, and the notice says how many.</summary>
public class MessageModel(MessageMembers message) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(string? text, CancellationToken ct)
    {
        var outcome = await message.ExecuteAsync(MemberIds, text, Actor, ct);
        return outcome.DeclinedContact == 0 ? Back("MessagesSent", outcome.Sent) : Back("MessagesSentSomeDeclined", outcome.Sent);
    }
}
