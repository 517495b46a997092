using Community.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Products;

/// <summary>The product catalogue with each product's average rating and review count.</summary>
public class IndexModel(CommunityDbContext db) : PageModel
{
    public sealed record ProductCard(string Name, string Slug, string Category, string Description, decimal? Average, int Reviews, Guid? ImageId);

    public IReadOnlyList<ProductCard> Products { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ratings = await db.Reviews.Where(r => !r.IsDeleted).GroupBy(r => r.ProductId)
            .Select(g => new { ProductId = g.Key, Average = g.Average(r => (double)r.Rating), Count = g.Count() })
            .ToDictionaryAsync(x => x.ProductId, ct);
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Name).ToListAsync(ct);
        Products = products.Select(p => ratings.TryGetValue(p.Id, out var r)
            ? new ProductCard(p.Name, p.Slug, p.Category, p.Description, Math.Round((decimal)r.Average, 1), r.Count, p.ImageId)
            : new ProductCard(p.Name, p.Slug, p.Category, p.Description, null, 0, p.ImageId)).ToList();
    }
}
