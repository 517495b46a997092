using Community.Core.Data;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Tags;

public class DetailsModel(QuestionListQuery query, CommunityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public QuestionSort Sort { get; set; }
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public string Tag { get; private set; } = "";
    public QuestionListPage Results { get; private set; } = new([], 0, 1, QuestionListQuery.DefaultPageSize);

    public async Task<IActionResult> OnGetAsync(string tag, CancellationToken ct)
    {
        Tag = tag.Trim().ToLowerInvariant();
        // Asked through the space-filtered questions: a tag used only in spaces the reader cannot enter must not show it exists.
        if (!await db.Questions.AnyAsync(q => !q.IsDeleted && q.Tags.Any(t => t.Name == Tag), ct)) return NotFound();
        Results = await query.RunAsync(new QuestionFilter(Sort, Tag), PageNumber, ct: ct);
        return Page();
    }
}
