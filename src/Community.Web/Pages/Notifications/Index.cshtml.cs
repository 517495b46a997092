using Community.Core.Data;
using Community.Core.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Notifications;

[Authorize]
public class IndexModel(CommunityDbContext db, MemberInbox inbox) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Notifications.AsNoTracking().Where(n => n.MemberId == User.Id()).OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);

    [Security.NotRateLimited("marks the member's own notifications read")]

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(User.Id()!.Value, ct);
        return Redirect("/notifications");
    }
}
