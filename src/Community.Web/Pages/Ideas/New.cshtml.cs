using System.ComponentModel.DataAnnotations;
using Community.Core.Data;
using Community.Core.Ideas;
using Community.Core.Products;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Ideas;

[Authorize]
public class NewModel(SubmitIdea submit, CommunityDbContext db) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        [Display(Name = "Title"), Required(ErrorMessage = "IdeaTitleLength"), StringLength(Idea.TitleMax, MinimumLength = Idea.TitleMin, ErrorMessage = "IdeaTitleLength")]
        public string? Title { get; set; }

        [Display(Name = "Description"), Required(ErrorMessage = "IdeaDescriptionLength"), StringLength(Idea.DescriptionMax, MinimumLength = Idea.DescriptionMin, ErrorMessage = "IdeaDescriptionLength")]
        public string? Description { get; set; }

        [Display(Name = "Product")]
        public int? ProductId { get; set; }

        public Guid SubmissionId { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Product> Products { get; private set; } = [];

    public async Task OnGetAsync(string? product, CancellationToken ct)
    {
        Input.SubmissionId = Guid.NewGuid();
        await LoadChoicesAsync(ct);
        Input.ProductId = Products.FirstOrDefault(p => p.Slug == product)?.Id;
    }

    [Security.RateLimited("idea")]

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.SubmissionId == Guid.Empty) Input.SubmissionId = Guid.NewGuid();
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var idea = await submit.ExecuteAsync(new IdeaInput(Input.Title, Input.Description, Input.ProductId, Input.SubmissionId), User.Id()!.Value, ct);
        return Redirect($"/ideas/{idea.Id}");
    }

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken ct) =>
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
}
