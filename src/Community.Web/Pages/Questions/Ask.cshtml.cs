using System.ComponentModel.DataAnnotations;
using Community.Core;
using Community.Core.Data;
using Community.Core.Products;
using Community.Core.Questions;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Questions;

[Authorize]
public class AskModel(AskQuestion askQuestion, CommunityDbContext db, Community.Core.Spaces.SpaceAccess spaceAccess, IStringLocalizer<SharedResource> text) : PageModel
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
        if (ModelState.IsValid)
        {
            try
            {
                var input = new AskQuestionInput(Input.Title, Input.Body, Input.Tags, Input.ProductId, Input.SubmissionId, Input.SpaceId);
                var question = await askQuestion.ExecuteAsync(input, User.Id()!.Value, ct);
                return Redirect(Links.SiteLinks.Question(question.Id, question.Slug));
            }
            catch (DomainException refusal)
            {
                ModelState.Add(refusal, text);
            }
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var open = await spaceAccess.SpaceIdsForAsync(User.Id(), ct);
        Spaces = await db.Spaces.AsNoTracking().Where(s => open == null || open.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
