using Community.Core.Data;
using Community.Core.Ideas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Ideas;

/// <summary>The author edits their open idea (Core refuses anyone else and closed ideas).</summary>
[Authorize]
public class EditModel(CommunityDbContext db, EditIdea edit) : PageModel, Refusals.IShowsRefusalsOnPage
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var idea = await db.Ideas.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && !i.IsDeleted, ct);
        if (idea is null) return NotFound();
        if (idea.AuthorId != User.Id()) return Forbid();
        (Title, Description) = (idea.Title, idea.DescriptionMarkdown);
        return Page();
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await edit.ExecuteAsync(id, Title, Description, User.Id()!.Value, ct);
        return Redirect($"/ideas/{id}");
    }

    public string RefusalKey(string messageKey, IFormCollection? sent) => Refusals.RefusalFields.For(messageKey, "", sent);

    /// <summary>The form keeps what was typed; nothing else to load.</summary>
    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => Task.FromResult(true);
}
