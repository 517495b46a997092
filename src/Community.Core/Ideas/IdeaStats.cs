using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

public sealed record IdeaResponseStats(int Ideas, int Answered, double? MedianDaysToFirstResponse, int Overdue, int AwaitingOverThreshold,
    IReadOnlyDictionary<IdeaStatus, int> ByStatus)
{
    public int AnsweredPercent => Ideas == 0 ? 0 : (int)Math.Round(100.0 * Answered / Ideas);
}

/// <summary>The public account of how the brand answers ideas: share answered, median time to first response, overdue.</summary>
public sealed class IdeaStats(CommunityDbContext db, TimeProvider clock)
{
    public async Task<IdeaResponseStats> ComputeAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ideas = db.Ideas.AsNoTracking().Where(i => !i.IsDeleted);
        var byStatus = await ideas.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var responded = await ideas.Where(i => i.FirstBrandResponseAt != null).Select(i => new { i.CreatedAt, i.FirstBrandResponseAt }).ToListAsync(ct);
        var overdue = await ideas.CountAsync(i => i.ResponseDueAt != null && i.ResponseDueAt < now && i.FirstBrandResponseAt == null, ct);
        var awaiting = await ideas.CountAsync(i => i.ResponseDueAt != null && i.FirstBrandResponseAt == null, ct);
        return new IdeaResponseStats(byStatus.Values.Sum(), responded.Count,
            Median(responded.Select(r => (r.FirstBrandResponseAt!.Value - r.CreatedAt).TotalDays)), overdue, awaiting, byStatus);
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
