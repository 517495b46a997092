using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Reviews;

public sealed record RatingSummary(decimal Average, int Count, IReadOnlyDictionary<int, int> ByStars)
{
    public int PercentOf(int stars) => Count == 0 ? 0 : (int)Math.Round(100m * ByStars.GetValueOrDefault(stars) / Count);
}

/// <summary>A product's average rating, review count and star histogram, from one grouped query.</summary>
public sealed class ProductRatings(CommunityDbContext db)
{
    public async Task<RatingSummary> ForAsync(int productId, CancellationToken ct = default)
    {
        var byStars = await db.Reviews.Where(r => r.ProductId == productId && !r.IsDeleted)
            .GroupBy(r => r.Rating).Select(g => new { Stars = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stars, x => x.Count, ct);
        var count = byStars.Values.Sum();
        var average = count == 0 ? 0m : Math.Round((decimal)byStars.Sum(x => x.Key * x.Value) / count, 1);
        return new RatingSummary(average, count, byStars);
    }
}
