using Community.Core;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Edits;

/// <summary>Improve someone else's question or answer: applied at once with the edit privilege, otherwise queued for review. Also routed as /answers/{id}/suggest.</summary>
[Authorize]
public class SuggestModel(CommunityDbContext db, SuggestEdits suggest) : PageModel, Refusals.IShowsRefusalsOnPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Tags { get; set; }
    [BindProperty] public string? Summary { get; set; }
    public PostKind Kind { get; private set; }
    public int QuestionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (title, body, tags) = (Title, Body, Tags);
        if (!await LoadAsync(id, ct)) return NotFound();
        (Title, Body, Tags) = (title, body, tags);
        var applied = await suggest.ProposeAsync(Kind, id, new EditProposal(Title, Body, Tags, Summary), User.Id()!.Value, ct);
        TempData["Notice"] = applied ? "EditApplied" : "EditSuggested";
        return Redirect($"/questions/{QuestionId}");
    }

    /// <summary>The post was loaded before the write and the form keeps what was typed.</summary>
    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => Task.FromResult(true);

    public string RefusalKey(string messageKey, IFormCollection? sent) => "";

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Kind = Request.Path.StartsWithSegments("/answers") ? PostKind.Answer : PostKind.Question;
        if (Kind == PostKind.Question)
        {
            var question = await db.Questions.AsNoTracking().Where(q => q.Id == id && !q.IsDeleted)
                .Select(q => new { q.Id, q.Title, q.BodyMarkdown, Tags = q.Tags.Select(t => t.Name).ToList() }).FirstOrDefaultAsync(ct);
            if (question is null) return false;
            (QuestionId, Title, Body, Tags) = (question.Id, question.Title, question.BodyMarkdown, string.Join(' ', question.Tags));
            return true;
        }
        var answer = await db.Answers.AsNoTracking().Where(a => a.Id == id && !a.IsDeleted).Select(a => new { a.QuestionId, a.BodyMarkdown }).FirstOrDefaultAsync(ct);
        if (answer is null) return false;
        (QuestionId, Body) = (answer.QuestionId, answer.BodyMarkdown);
        return true;
    }
}
