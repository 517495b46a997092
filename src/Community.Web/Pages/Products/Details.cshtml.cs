using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Products;

public enum ReviewSort { Newest, Highest, Lowest }

/// <summary>A product: its rating summary and histogram, and its reviews sorted and filtered by stars.</summary>
public class DetailsModel(CommunityDbContext db, ProductRatings ratings) : PageModel
{
    public sealed record ReviewView(int Id, int AuthorId, string AuthorName, int Rating, string Title, string BodyHtml, string? Pros, string? Cons, DateTime CreatedAt, DateTime? EditedAt);

    [BindProperty(SupportsGet = true)] public ReviewSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public int? Stars { get; set; }
    public Product Product { get; private set; } = null!;
    public RatingSummary Summary { get; private set; } = new(0, 0, new Dictionary<int, int>());
    public IReadOnlyList<ReviewView> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (product is null) return NotFound();
        Product = product;
        Summary = await ratings.ForAsync(product.Id, ct);
        var reviews = db.Reviews.AsNoTracking().Where(r => r.ProductId == product.Id && !r.IsDeleted);
        if (Stars is >= 1 and <= 5) reviews = reviews.Where(r => r.Rating == Stars);
        reviews = Sort switch
        {
            ReviewSort.Highest => reviews.OrderByDescending(r => r.Rating).ThenByDescending(r => r.CreatedAt),
            ReviewSort.Lowest => reviews.OrderBy(r => r.Rating).ThenByDescending(r => r.CreatedAt),
            _ => reviews.OrderByDescending(r => r.CreatedAt),
        };
        Reviews = await reviews.Take(50)
            .Select(r => new ReviewView(r.Id, r.AuthorId, r.Author!.DisplayName, r.Rating, r.Title, r.BodyHtml, r.Pros, r.Cons, r.CreatedAt, r.EditedAt))
            .ToListAsync(ct);
        return Page();
    }
}
