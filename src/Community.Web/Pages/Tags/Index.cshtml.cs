using Community.Core.Data;
using Community.Core.Tags;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Tags;

public class IndexModel(CommunityDbContext db) : PageModel
{
    public IReadOnlyList<Tag> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Tags = await db.Tags.AsNoTracking().Where(t => t.QuestionCount > 0).OrderByDescending(t => t.QuestionCount).ThenBy(t => t.Name).Take(200).ToListAsync(ct);
}
