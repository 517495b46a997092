using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Badges;

/// <summary>How many gold, silver and bronze badges a member holds: the three figures shown beside their name.</summary>
public sealed record BadgeCounts(int Gold, int Silver, int Bronze)
{
    public static readonly BadgeCounts None = new(0, 0, 0);

    /// <summary>Highest tier first, tiers held only.</summary>
    public IEnumerable<(BadgeTier Tier, int Count)> Held()
    {
        if (Gold > 0) yield return (BadgeTier.Gold, Gold);
        if (Silver > 0) yield return (BadgeTier.Silver, Silver);
        if (Bronze > 0) yield return (BadgeTier.Bronze, Bronze);
    }
}

/// <summary>Counts badges by tier for a page of members in one grouped query (tiers live in the catalogue, not the table).</summary>
public static class BadgeTally
{
    public static async Task<IReadOnlyDictionary<int, BadgeCounts>> ForAsync(CommunityDbContext db, IReadOnlyCollection<int> memberIds, CancellationToken ct)
    {
        if (memberIds.Count == 0) return new Dictionary<int, BadgeCounts>();
        var rows = await db.MemberBadges.AsNoTracking().Where(b => memberIds.Contains(b.MemberId))
            .GroupBy(b => new { b.MemberId, b.BadgeKey }).Select(g => new { g.Key.MemberId, g.Key.BadgeKey, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.MemberId).ToDictionary(member => member.Key, member =>
        {
            int Of(BadgeTier tier) => member.Where(r => BadgeCatalog.Find(r.BadgeKey)?.Tier == tier).Sum(r => r.Count);
            return new BadgeCounts(Of(BadgeTier.Gold), Of(BadgeTier.Silver), Of(BadgeTier.Bronze));
        });
    }

    public static BadgeCounts For(this IReadOnlyDictionary<int, BadgeCounts> tally, int memberId) =>
        tally.TryGetValue(memberId, out var counts) ? counts : BadgeCounts.None;
}
