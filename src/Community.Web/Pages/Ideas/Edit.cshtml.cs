using Community.Core.Data;
using Community.Core.Ideas;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Ideas;

/// <summary>The author edits their open idea (Core refuses anyone else and closed ideas).</summary>
[Authorize]
public class EditModel(CommunityDbContext db, EditIdea edit, IStringLocalizer<SharedResource> text) : PageModel
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

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        this.RunAuthorWriteAsync(async () =>
        {
            await edit.ExecuteAsync(id, Title, Description, User.Id()!.Value, ct);
            return Redirect($"/ideas/{id}");
        }, text);
}
