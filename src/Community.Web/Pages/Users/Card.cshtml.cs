using Community.Core.Badges;
using Community.Core.Reputation;
using Community.Core.Data;
using Community.Web.Reputation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Users;

/// <summary>
/// The small card shown when a reader points at or tabs to a member's name (user-cards.js): picture, level, reputation,
/// where they help most and their badges — only what their public profile shows, and tags only from questions this
/// reader may see.
/// </summary>
[Security.NotRateLimited("read-only, cached by the browser")]
public class CardModel(CommunityDbContext db, LevelView levels) : PageModel
{
    public sealed record Card(int Id, string DisplayName, Guid? AvatarId, int Reputation, DateTime JoinedAt);

    public Card Member { get; private set; } = null!;
    public LevelProgress Level { get; private set; } = null!;
    public IReadOnlyList<string> TopTags { get; private set; } = [];
    public BadgeCounts Badges { get; private set; } = BadgeCounts.None;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var member = await db.Users.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new Card(m.Id, m.DisplayName, m.AvatarId, m.Reputation, m.JoinedAt)).FirstOrDefaultAsync(ct);
        if (member is null) return NotFound();
        Member = member;
        Level = levels.For(member.Reputation);
        TopTags = await db.Questions.AsNoTracking()
            .Where(q => !q.IsDeleted && q.Answers.Any(a => a.AuthorId == id && !a.IsDeleted))
            .SelectMany(q => q.Tags).GroupBy(t => t.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key)
            .Take(3).ToListAsync(ct);
        Badges = (await BadgeTally.ForAsync(db, [id], ct)).For(id);
        // A short private cache: cards are opened again and again while reading one page.
        Response.Headers.CacheControl = "private, max-age=60";
        return Page();
    }
}
