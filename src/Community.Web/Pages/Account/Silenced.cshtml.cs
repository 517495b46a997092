using Community.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Account;

/// <summary>Where a silenced member lands when trying to post: until when, and that reading and voting still work.</summary>
[Authorize]
public class SilencedModel(CommunityDbContext db) : PageModel
{
    public DateTime? Until { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.StatusCode = 403;
        Until = await db.Users.Where(m => m.Id == User.Id()).Select(m => m.SilencedUntil).SingleOrDefaultAsync(ct);
    }
}
