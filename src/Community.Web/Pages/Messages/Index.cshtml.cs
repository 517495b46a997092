using Community.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Messages;

/// <summary>Personal messages the brand team sent this member, newest first (read only: replies go through the community).</summary>
[Authorize]
public class IndexModel(CommunityDbContext db) : PageModel
{
    public sealed record Line(string Sender, int SenderId, string Text, DateTime SentAt);

    public IReadOnlyList<Line> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.Id()!.Value;
        Messages = await db.BrandMessages.AsNoTracking().Where(m => m.MemberId == me).OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(100)
            .Join(db.Users, m => m.SenderId, u => u.Id, (m, u) => new Line(u.DisplayName, u.Id, m.Text, m.SentAt)).ToListAsync(ct);
    }
}
