using Community.Core.Members;
using Community.Core.Reputation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Admin;

/// <summary>The ledger's consistency check for admins: stored totals against a recomputation from every entry.</summary>
[Authorize(Roles = Roles.Admin)]
[Security.NotRateLimited("admins only")]
public class ReputationModel(ReputationAudit audit) : PageModel
{
    public IReadOnlyList<TotalsMismatch> Mismatches { get; private set; } = [];
    public bool Fixed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Mismatches = await audit.RecomputeAsync(fix: false, ct: ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Mismatches = await audit.RecomputeAsync(fix: true, User.Id(), ct);
        Fixed = true;
    }
}
