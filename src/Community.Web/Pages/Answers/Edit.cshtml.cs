using System.ComponentModel.DataAnnotations;
using Community.Core;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Answers;

[Authorize]
public class EditModel(CommunityDbContext db, EditPost editPost, DeletePost deletePost, IStringLocalizer<SharedResource> text) : PageModel
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
        return await this.RunAuthorWriteAsync(async () =>
            Redirect($"/questions/{await editPost.EditAnswerAsync(id, Input.Body, User.Id()!.Value, ct)}#answer-{id}"), text);
    }

    [Security.RateLimited("edit")]

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        Id = id;
        return this.RunAuthorWriteAsync(async () =>
            Redirect($"/questions/{await deletePost.DeleteAnswerAsync(id, User.Id()!.Value, ct)}"), text);
    }
}
