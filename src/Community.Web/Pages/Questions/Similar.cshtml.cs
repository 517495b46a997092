using Community.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Questions;

/// <summary>GET /questions/similar?title=… — existing questions like a draft title, as an HTML fragment for the Ask page.</summary>
public class SimilarModel(QuestionSearch search) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? title, CancellationToken ct) =>
        Partial("_SimilarQuestions", await search.SimilarAsync(title?.Length > 150 ? title[..150] : title, ct: ct));
}
