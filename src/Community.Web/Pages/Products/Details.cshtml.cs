using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Products;

public enum ReviewSort { Helpful, Newest, Highest, Lowest }

/// <summary>A product: its rating summary and histogram, and its reviews sorted and filtered by stars.</summary>
public class DetailsModel(CommunityDbContext db, ProductRatings ratings) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record ReviewView(int Id, int AuthorId, string AuthorName, int Rating, string Title, string BodyHtml, string? Pros, string? Cons, DateTime CreatedAt, DateTime? EditedAt, int HelpfulCount, string? BrandResponseHtml, Guid? AuthorAvatarId = null);

    [BindProperty(SupportsGet = true)] public ReviewSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public int? Stars { get; set; }
    [BindProperty(SupportsGet = true)] public bool Verified { get; set; }
    public IReadOnlySet<int> VerifiedAuthors { get; private set; } = new HashSet<int>();
    public OwnerImport? LastImport { get; private set; }
    public Product Product { get; private set; } = null!;
    public RatingSummary Summary { get; private set; } = new(0, 0, new Dictionary<int, int>());
    public IReadOnlyList<ReviewView> Reviews { get; private set; } = [];
    public IReadOnlySet<int> MarkedHelpful { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (product is null) return false;
        Product = product;
        Summary = await ratings.ForAsync(product.Id, ct);
        var reviews = db.Reviews.AsNoTracking().Where(r => r.ProductId == product.Id && !r.IsDeleted);
        if (Stars is >= 1 and <= 5) reviews = reviews.Where(r => r.Rating == Stars);
        if (Verified) reviews = reviews.Where(r => db.VerifiedOwners.Any(o => o.ProductId == product.Id && o.MemberId == r.AuthorId));
        reviews = Sort switch
        {
            ReviewSort.Highest => reviews.OrderByDescending(r => r.Rating).ThenByDescending(r => r.CreatedAt),
            ReviewSort.Lowest => reviews.OrderBy(r => r.Rating).ThenByDescending(r => r.CreatedAt),
            ReviewSort.Newest => reviews.OrderByDescending(r => r.CreatedAt),
            _ => reviews.OrderByDescending(r => r.HelpfulCount).ThenByDescending(r => r.CreatedAt),
        };
        Reviews = await reviews.Take(50)
            .Select(r => new ReviewView(r.Id, r.AuthorId, r.Author!.DisplayName, r.Rating, r.Title, r.BodyHtml, r.Pros, r.Cons, r.CreatedAt, r.EditedAt, r.HelpfulCount, r.BrandResponseHtml, r.Author.AvatarId))
            .ToListAsync(ct);
        var authors = Reviews.Select(r => r.AuthorId).ToList();
        VerifiedAuthors = (await db.VerifiedOwners.Where(o => o.ProductId == product.Id && authors.Contains(o.MemberId)).Select(o => o.MemberId).ToListAsync(ct)).ToHashSet();
        if (User.Id() is { } me)
        {
            var ids = Reviews.Select(r => r.Id).ToList();
            MarkedHelpful = (await db.ReviewVotes.Where(v => v.VoterId == me && ids.Contains(v.ReviewId)).Select(v => v.ReviewId).ToListAsync(ct)).ToHashSet();
        }
        return true;
    }

    /// <summary>Brand team: the official response under a review. (Roles are checked here: Razor Pages ignore handler attributes.)</summary>
    [Security.NotRateLimited("brand team only")]
    public async Task<IActionResult> OnPostRespondAsync(string slug, int reviewId, string? response, [FromServices] RespondToReview respond, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        if (!User.IsInRole(Community.Core.Members.Roles.BrandTeam) && !User.IsInRole(Community.Core.Members.Roles.Admin)) return Forbid();
        await respond.ExecuteAsync(reviewId, response, me, ct);
        return Redirect($"{Links.SiteLinks.Product(slug)}#review-{reviewId}");
    }

    /// <summary>Brand team: mark verified owners from a pasted list of emails or member ids.</summary>
    [Security.NotRateLimited("brand team only")]
    public async Task<IActionResult> OnPostOwnersAsync(string slug, string? owners, IFormFile? ownersFile, [FromServices] MarkVerifiedOwners mark, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        if (!User.IsInRole(Community.Core.Members.Roles.BrandTeam) && !User.IsInRole(Community.Core.Members.Roles.Admin)) return Forbid();
        var productId = await db.Products.Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (productId is null) return NotFound();
        var list = await Community.Web.Products.OwnerCsv.EntriesAsync(ownersFile, ct) ?? owners;
        var import = await mark.ExecuteAsync(productId.Value, list, me, ct);
        var page = await OnGetAsync(slug, ct);
        LastImport = import;
        return page;
    }

    /// <summary>Marks or unmarks a review as helpful (not one's own), then returns to it.</summary>
    [Security.RateLimited("vote")]
    public async Task<IActionResult> OnPostHelpfulAsync(string slug, int reviewId, bool helpful, [FromServices] MarkReviewHelpful mark, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        await mark.ExecuteAsync(reviewId, helpful, me, ct);
        return Redirect($"{Links.SiteLinks.Product(slug)}#review-{reviewId}");
    }

    /// <summary>A refused response, owner list or helpful mark is said above the reviews.</summary>
    public string RefusalKey(string messageKey, IFormCollection? sent) => "";

    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => LoadAsync((string)RouteData.Values["slug"]!, ct);
}
