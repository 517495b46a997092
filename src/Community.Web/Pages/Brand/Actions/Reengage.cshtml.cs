using Community.Core.Advocacy;
using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Reaches out to one member at risk (message, space invitation or reward offer); the outcome is measured later.</summary>
public class ReengageModel(ReengageMember reengage) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(ReengagementKind kind, string? text, int? spaceId, CancellationToken ct)
    {
        var memberId = MemberIds.FirstOrDefault();
        if (memberId == 0) throw new Core.DomainException("ChooseMembers");
        await reengage.ExecuteAsync(memberId, kind, text, spaceId, Actor, ct);
        return Back("MemberReengaged", 1);
    }
}
