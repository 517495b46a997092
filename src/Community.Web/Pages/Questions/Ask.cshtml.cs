using System.ComponentModel.DataAnnotations;
using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Questions;

[Authorize]
public class AskModel(AskQuestion askQuestion, CommunityDbContext db, Community.Core.Spaces.SpaceAccess spaceAccess) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        [Display(Name = "Title"), Required(ErrorMessage = "TitleLength"), StringLength(PostLimits.TitleMax, MinimumLength = PostLimits.TitleMin, ErrorMessage = "TitleLength")]
        public string? Title { get; set; }

        [Display(Name = "Body"), Required(ErrorMessage = "BodyLength"), StringLength(PostLimits.BodyMax, MinimumLength = PostLimits.BodyMin, ErrorMessage = "BodyLength")]
        public string? Body { get; set; }

        [Display(Name = "Tags"), Required(ErrorMessage = "TagsCount")]
        public string? Tags { get; set; }

        [Display(Name = "Product")]
        public int? ProductId { get; set; }

        [Display(Name = "Space")]
        public int? SpaceId { get; set; }

        public Guid SubmissionId { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public IReadOnlyList<Community.Core.Spaces.Space> Spaces { get; private set; } = [];

    public async Task OnGetAsync(string? space, CancellationToken ct)
    {
        Input.SubmissionId = Guid.NewGuid();
        await LoadChoicesAsync(ct);
        Input.SpaceId = Spaces.FirstOrDefault(s => s.Slug == space)?.Id;
    }

    [Security.RateLimited("question")]

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.SubmissionId == Guid.Empty) Input.SubmissionId = Guid.NewGuid();
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var input = new AskQuestionInput(Input.Title, Input.Body, Input.Tags, Input.ProductId, Input.SubmissionId, Input.SpaceId);
        var question = await askQuestion.ExecuteAsync(input, User.Id()!.Value, ct);
        return Redirect(Links.SiteLinks.Question(question.Id, question.Slug));
    }

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var open = await spaceAccess.SpaceIdsForAsync(User.Id(), ct);
        Spaces = await db.Spaces.AsNoTracking().Where(s => open == null || open.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
