using Community.Core.Data;
using Community.Core.Spaces;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Spaces;

public class DetailsModel(CommunityDbContext db, Visibility visibility, QuestionListQuery questions) : PageModel
{
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public Space Space { get; private set; } = null!;
    public QuestionListPage Results { get; private set; } = new([], 0, 1, QuestionListQuery.DefaultPageSize);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct);
        // A closed space reads as missing: outsiders learn nothing from its address.
        if (space is null || !visibility.CanSee(space.Id)) return NotFound();
        Space = space;
        Results = await questions.RunAsync(new QuestionFilter(SpaceId: space.Id), PageNumber, ct: ct);
        return Page();
    }
}
