using Community.Core.Badges;
using Community.Core.Content;
using Community.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Leaderboard;

public enum LeaderboardPeriod { Week, Month, All }

/// <summary>Who helped most: reputation gained in the period from the ledger (all time: total reputation), optionally within one tag.</summary>
public class IndexModel(CommunityDbContext db, TimeProvider clock) : PageModel
{
    public const int Size = 25;

    public sealed record Leader(int Rank, int MemberId, string DisplayName, Guid? AvatarId, int Gained, int Reputation);

    [BindProperty(SupportsGet = true)] public LeaderboardPeriod Period { get; set; } = LeaderboardPeriod.Week;
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    public IReadOnlyList<Leader> Leaders { get; private set; } = [];
    public IReadOnlyDictionary<int, BadgeCounts> Badges { get; private set; } = new Dictionary<int, BadgeCounts>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Leaders = await LeadersAsync(ct);
        Badges = await BadgeTally.ForAsync(db, Leaders.Select(l => l.MemberId).ToList(), ct);
    }

    private async Task<IReadOnlyList<Leader>> LeadersAsync(CancellationToken ct)
    {
        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var since = Period switch { LeaderboardPeriod.Week => now.AddDays(-7), LeaderboardPeriod.Month => now.AddMonths(-1), _ => DateTime.MinValue };

        if (Period == LeaderboardPeriod.All && Tag is null)
        {
            var top = await db.Users.AsNoTracking().OrderByDescending(m => m.Reputation).ThenBy(m => m.Id).Take(Size)
                .Select(m => new { m.Id, m.DisplayName, m.AvatarId, m.Reputation }).ToListAsync(ct);
            return top.Select((m, i) => new Leader(i + 1, m.Id, m.DisplayName, m.AvatarId, m.Reputation, m.Reputation)).ToList();
        }

        var entries = db.ReputationEntries.AsNoTracking().Where(e => e.CreatedAt >= since);
        if (Tag is not null)
        {
            var tagged = db.Questions.Where(q => q.Tags.Any(t => t.Name == Tag));
            entries = entries.Where(e =>
                (e.PostKind == PostKind.Question && tagged.Any(q => q.Id == e.PostId)) ||
                (e.PostKind == PostKind.Answer && db.Answers.Any(a => a.Id == e.PostId && tagged.Any(q => q.Id == a.QuestionId))));
        }
        var gains = await entries.GroupBy(e => e.MemberId)
            .Select(g => new { MemberId = g.Key, Gained = g.Sum(e => e.Reputation) })
            .Where(g => g.Gained > 0)
            .OrderByDescending(g => g.Gained).ThenBy(g => g.MemberId).Take(Size)
            .Join(db.Users, g => g.MemberId, m => m.Id, (g, m) => new { g.MemberId, m.DisplayName, m.AvatarId, g.Gained, m.Reputation })
            .ToListAsync(ct);
        return gains.OrderByDescending(g => g.Gained).ThenBy(g => g.MemberId)
            .Select((g, i) => new Leader(i + 1, g.MemberId, g.DisplayName, g.AvatarId, g.Gained, g.Reputation)).ToList();
    }
}
