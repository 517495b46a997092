using Community.Core.BrandTeam;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Brand.Actions;

/// <summary>Gives the chosen members a dedicated community manager (or takes theirs away).</summary>
public class ManagerModel(AssignManager assign) : BrandAction
{
    public async Task<IActionResult> OnPostAsync(int? managerId, CancellationToken ct) =>
        Back(managerId is null ? "ManagerRemoved" : "ManagerAssigned", await assign.ExecuteAsync(MemberIds, managerId, Actor, ct));
}
