using Community.Core.Data;
using Community.Core.Ideas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Ideas;

/// <summary>The brand team's desk: overdue ideas first, then those due soon, then new ideas by weighted votes.</summary>
[Authorize(Roles = $"{Community.Core.Members.Roles.BrandTeam},{Community.Core.Members.Roles.Admin}")]
public class QueueModel(CommunityDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<IdeaSummary> Overdue { get; private set; } = [];
    public IReadOnlyList<IdeaSummary> DueSoon { get; private set; } = [];
    public IReadOnlyList<IdeaSummary> Unanswered { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Ideas.AsNoTracking().Where(i => !i.IsDeleted && i.FirstBrandResponseAt == null);
        Overdue = await open.Where(i => i.ResponseDueAt != null && i.ResponseDueAt < now).OrderBy(i => i.ResponseDueAt).Summaries().ToListAsync(ct);
        DueSoon = await open.Where(i => i.ResponseDueAt != null && i.ResponseDueAt >= now).OrderBy(i => i.ResponseDueAt).Summaries().ToListAsync(ct);
        Unanswered = await open.Where(i => i.ResponseDueAt == null).OrderByDescending(i => (double)i.WeightedVotes).ThenBy(i => i.CreatedAt).Take(50).Summaries().ToListAsync(ct);
    }
}
