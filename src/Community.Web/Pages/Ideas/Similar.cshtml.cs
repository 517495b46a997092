using Community.Core.Ideas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Ideas;

/// <summary>GET /ideas/similar?title=… — existing ideas like a draft title (vote there instead of posting a duplicate).</summary>
public class SimilarModel(IdeaSearch search) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken ct) =>
        Partial("_SimilarIdeas", await search.SearchAsync(title?.Length > 150 ? title[..150] : title, take: 5, titlesOnly: true, ct: ct));
}
