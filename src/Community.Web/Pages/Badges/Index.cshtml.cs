using Community.Core.Badges;
using Community.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Badges;

/// <summary>Every badge with its tier, rarity and how to earn it; the reader's own ones marked, the rest greyed out.</summary>
public class IndexModel(CommunityDbContext db) : PageModel
{
    public sealed record BadgeRow(BadgeDefinition Badge, int Holders, decimal RarityPercent, int MineCount);

    public IReadOnlyList<BadgeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var members = Math.Max(1, await db.Users.CountAsync(ct));
        var holders = await db.MemberBadges.GroupBy(b => b.BadgeKey)
            .Select(g => new { Key = g.Key, Holders = g.Select(b => b.MemberId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Holders, ct);
        var mine = User.Id() is { } me
            ? await db.MemberBadges.Where(b => b.MemberId == me).GroupBy(b => b.BadgeKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct)
            : [];
        Rows = BadgeCatalog.All
            .Select(b => new BadgeRow(b, holders.GetValueOrDefault(b.Key), Math.Round(100m * holders.GetValueOrDefault(b.Key) / members, 1), mine.GetValueOrDefault(b.Key)))
            .OrderBy(r => r.Badge.Tier).ThenByDescending(r => r.Holders)
            .ToList();
    }
}
