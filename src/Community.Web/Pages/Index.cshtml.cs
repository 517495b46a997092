using Community.Core.Data;
using Community.Core.Tags;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages;

public class IndexModel(QuestionListQuery questions, CommunityDbContext db) : PageModel
{
    public QuestionListPage Recent { get; private set; } = new([], 0, 1, 10);
    public QuestionListPage Unanswered { get; private set; } = new([], 0, 1, 5);
    public IReadOnlyList<Tag> TopTags { get; private set; } = [];
    public int MemberCount { get; private set; }
    public sealed record SpotlightView(int MemberId, string DisplayName, int Reputation, Community.Core.Content.Bilingual Message, Guid? AvatarId = null);
    public SpotlightView? Spotlight { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recent = await questions.RunAsync(new QuestionFilter(QuestionSort.Active), 1, 12, ct);
        Unanswered = await questions.RunAsync(new QuestionFilter(QuestionSort.Newest, UnansweredOnly: true), 1, 5, ct);
        TopTags = await db.Tags.AsNoTracking().Where(t => t.QuestionCount > 0).OrderByDescending(t => t.QuestionCount).Take(15).ToListAsync(ct);
        MemberCount = await db.Users.CountAsync(ct);
        Spotlight = await db.Spotlights.AsNoTracking().OrderByDescending(s => s.CreatedAt)
            .Join(db.Users, s => s.MemberId, m => m.Id, (s, m) => new SpotlightView(m.Id, m.DisplayName, m.Reputation, new Community.Core.Content.Bilingual(s.Message, s.MessageKo), m.AvatarId))
            .FirstOrDefaultAsync(ct);
    }
}
