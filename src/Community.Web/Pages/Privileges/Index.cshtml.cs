using Community.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Privileges;

/// <summary>What reputation unlocks, and for a signed-in member how far each privilege is.</summary>
public class IndexModel(CommunityDbContext db) : PageModel
{
    public int? Reputation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (User.Id() is { } me)
            Reputation = await db.Users.Where(m => m.Id == me).Select(m => (int?)m.Reputation).SingleOrDefaultAsync(ct);
    }
}
