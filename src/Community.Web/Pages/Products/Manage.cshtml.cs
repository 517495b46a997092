using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Products;

/// <summary>The brand team's catalogue: add a product or edit one (name, slug, category, description, photo).</summary>
[Authorize(Roles = $"{Community.Core.Members.Roles.BrandTeam},{Community.Core.Members.Roles.Admin}")]
[Uploads.UploadSizeLimit(6 * 1024 * 1024)]
[Security.NotRateLimited("brand team only")]
public class ManageModel(CommunityDbContext db, ManageProducts manage, StoreImage images) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? Slug { get; set; }
        public string? Category { get; set; }
        public string? Description { get; set; }
        public IFormFile? Image { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public Product? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Edit is not null && Editing is null) return NotFound();
        if (Editing is { } product) Input = new InputModel { Name = product.Name, Slug = product.Slug, Category = product.Category, Description = product.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? imageId = null;
        if (Input.Image is { Length: > 0 } file)
        {
            await using var stream = file.OpenReadStream();
            imageId = (await images.ExecuteAsync(stream, User.Id()!.Value, "product", ct)).Id;
        }
        var product = await manage.SaveAsync(Edit, new ProductInput(Input.Name, Input.Slug, Input.Description, Input.Category, imageId), User.Id()!.Value, ct);
        return Redirect(Links.SiteLinks.Product(product.Slug));
    }

    /// <summary>Refusals stand above the form (a product unknown to the edit link answers 404).</summary>
    public string RefusalKey(string messageKey, IFormCollection? sent) => "";

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Editing = Products.FirstOrDefault(p => p.Id == Edit);
    }
}
