using Community.Core.Questions;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Comments;

/// <summary>A comment under a question or one of its answers (Core checks who may comment where).</summary>
[Authorize]
public class NewModel(PostComment postComment) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/questions/{id}");

    [Security.RateLimited("comment")]
    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = "Comment")] CommentInput input, CancellationToken ct)
    {
        var comment = await postComment.ExecuteAsync(id, input.AnswerId, input.Body, User.Id()!.Value, ct);
        return Redirect($"/questions/{id}#comment-{comment.Id}");
    }
}
