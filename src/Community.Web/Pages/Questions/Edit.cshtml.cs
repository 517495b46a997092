using System.ComponentModel.DataAnnotations;
using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Questions;

[Authorize]
public class EditModel(CommunityDbContext db, EditPost editPost, DeletePost deletePost) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        [Display(Name = "Title"), Required(ErrorMessage = "TitleLength"), StringLength(PostLimits.TitleMax, MinimumLength = PostLimits.TitleMin, ErrorMessage = "TitleLength")]
        public string? Title { get; set; }

        [Display(Name = "Body"), Required(ErrorMessage = "BodyLength"), StringLength(PostLimits.BodyMax, MinimumLength = PostLimits.BodyMin, ErrorMessage = "BodyLength")]
        public string? Body { get; set; }

        [Display(Name = "Tags"), Required(ErrorMessage = "TagsCount")]
        public string? Tags { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var question = await db.Questions.AsNoTracking().Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == id && !q.IsDeleted, ct);
        if (question is null) return NotFound();
        if (question.AuthorId != User.Id()) return Forbid();
        Id = id;
        Input = new InputModel { Title = question.Title, Body = question.BodyMarkdown, Tags = string.Join(' ', question.Tags.Select(t => t.Name).Order()) };
        return Page();
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid) return Page();
        await editPost.EditQuestionAsync(id, Input.Title, Input.Body, Input.Tags, User.Id()!.Value, ct: ct);
        return Redirect($"/questions/{id}");
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        Id = id;
        await deletePost.DeleteQuestionAsync(id, User.Id()!.Value, ct);
        TempData["Notice"] = "QuestionDeleted";
        return Redirect("/questions");
    }

    /// <summary>The form keeps what was typed; nothing else to load.</summary>
    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => Task.FromResult(true);
}
