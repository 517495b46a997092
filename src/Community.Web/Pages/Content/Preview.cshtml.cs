using Community.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Content;

/// <summary>POST /markdown/preview — the exact HTML a post would be stored as, for the editor's Preview button.</summary>
[Authorize]
public class PreviewModel(MarkdownRenderer renderer, IStringLocalizer<SharedResource> text) : PageModel, Refusals.IAnswersRefusalsAsText
{
    public const int MaxLength = 30_000;

    public IActionResult OnGet() => NotFound();

    [Security.RateLimited("preview")]

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown is { Length: > MaxLength }) return BadRequest(text["BodyLength"].Value);
        return Content(renderer.Render(markdown ?? "").Html, "text/html; charset=utf-8");
    }
}
