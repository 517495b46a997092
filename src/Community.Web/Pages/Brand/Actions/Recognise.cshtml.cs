using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Gives the chosen members the brand team's hand-awarded badge.</summary>
public class RecogniseModel(RecogniseAdvocates recognise) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Back("MembersRecognised", await recognise.ExecuteAsync(MemberIds, Actor, ct));
}
