using Community.Core.Data;
using Community.Core.Spaces;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Spaces;

/// <summary>The private spaces (special-treatment rung): the ones open to the reader, and how the others open.</summary>
public class IndexModel(CommunityDbContext db, Visibility visibility) : PageModel
{
    public sealed record SpaceCard(Space Space, bool IsOpen, int QuestionCount);

    public IReadOnlyList<SpaceCard> Spaces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.MinimumLevel ?? 99).ThenBy(s => s.Name).ToListAsync(ct);
        var counts = await db.Questions.Where(q => q.SpaceId != null && !q.IsDeleted).GroupBy(q => q.SpaceId)
            .Select(g => new { SpaceId = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(x => x.SpaceId, x => x.Count, ct);
        Spaces = spaces.Select(s => new SpaceCard(s, visibility.CanSee(s.Id), counts.GetValueOrDefault(s.Id))).ToList();
    }
}
