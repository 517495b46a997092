using System.ComponentModel.DataAnnotations;
using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Answers;

[Authorize]
public class EditModel(CommunityDbContext db, EditPost editPost, DeletePost deletePost) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        [Display(Name = "YourAnswer"), Required(ErrorMessage = "BodyLength"), StringLength(PostLimits.BodyMax, MinimumLength = PostLimits.AnswerMin, ErrorMessage = "BodyLength")]
        public string? Body { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public int Id { get; private set; }
    public int QuestionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var answer = await db.Answers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && !a.IsDeleted, ct);
        if (answer is null) return NotFound();
        if (answer.AuthorId != User.Id()) return Forbid();
        (Id, QuestionId) = (id, answer.QuestionId);
        Input.Body = answer.BodyMarkdown;
        return Page();
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid) return Page();
        return Redirect($"/questions/{await editPost.EditAnswerAsync(id, Input.Body, User.Id()!.Value, ct: ct)}#answer-{id}");
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        Id = id;
        return Redirect($"/questions/{await deletePost.DeleteAnswerAsync(id, User.Id()!.Value, ct)}");
    }

    /// <summary>The form keeps what was typed; nothing else to load.</summary>
    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => Task.FromResult(true);
}
