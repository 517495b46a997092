using Community.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Questions;

/// <summary>GET /questions/lookup?q=… — questions by title for the merge/duplicate pickers, as JSON ({ value: "Title (#id)" }).</summary>
public class LookupModel(QuestionSearch search) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var hits = await search.SimilarAsync(q?.Length > 150 ? q[..150] : q, take: 8, ct: ct);
        return new JsonResult(hits.Select(h => new { value = QuestionReference.Format(h.Id, h.Title) }));
    }
}
