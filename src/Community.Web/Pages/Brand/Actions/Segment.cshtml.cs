using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Adds the chosen members to a named segment (created on first use).</summary>
public class SegmentModel(AddToSegment add) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(string? segmentName, CancellationToken ct)
    {
        await add.ExecuteAsync(MemberIds, segmentName, Actor, ct);
        return Back("MembersAddedToSegment", MemberIds.Distinct().Count());
    }
}
