using System.ComponentModel.DataAnnotations;
using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Products;

/// <summary>Write or edit one's review of a product (one per member and product).</summary>
[Authorize]
public class ReviewModel(CommunityDbContext db, WriteReview writeReview) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        [Display(Name = "Rating"), Range(1, 5, ErrorMessage = "ReviewRatingRange")]
        public int Rating { get; set; }

        [Display(Name = "Title"), Required(ErrorMessage = "ReviewTitleLength"), StringLength(Review.TitleMax, MinimumLength = Review.TitleMin, ErrorMessage = "ReviewTitleLength")]
        public string? Title { get; set; }

        [Display(Name = "ReviewText"), Required(ErrorMessage = "ReviewBodyLength"), StringLength(Review.BodyMax, MinimumLength = Review.BodyMin, ErrorMessage = "ReviewBodyLength")]
        public string? Body { get; set; }

        [Display(Name = "Pros"), StringLength(Review.ListMax)]
        public string? Pros { get; set; }

        [Display(Name = "Cons"), StringLength(Review.ListMax)]
        public string? Cons { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Product Product { get; private set; } = null!;
    public bool IsEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        var mine = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.ProductId == Product.Id && r.AuthorId == User.Id(), ct);
        if (mine is not null)
        {
            IsEdit = true;
            Input = new InputModel { Rating = mine.Rating, Title = mine.Title, Body = mine.BodyMarkdown, Pros = mine.Pros, Cons = mine.Cons };
        }
        return Page();
    }

    [Security.RateLimited("review")]

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await writeReview.ExecuteAsync(Product.Id, new ReviewInput(Input.Rating, Input.Title, Input.Body, Input.Pros, Input.Cons), User.Id()!.Value, ct);
        return Redirect($"/products/{Product.Slug}");
    }

    /// <summary>The product is loaded before the write; the form keeps what was typed.</summary>
    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => Task.FromResult(true);

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (product is null) return false;
        Product = product;
        return true;
    }
}
