using Community.Core.Content;
using Community.Core.Voting;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Votes;

/// <summary>A vote on a question or answer from the form (the live page votes through the hub under the same rule and limit).</summary>
[Authorize]
public class CastModel(CastVote castVote) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/questions/{id}");

    [Security.RateLimited("vote")]
    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = "Vote")] VoteInput input, CancellationToken ct)
    {
        var desired = input.Direction switch { "up" => VoteDirection.Up, "down" => VoteDirection.Down, _ => VoteDirection.None };
        await castVote.ExecuteAsync(input.Kind, input.PostId, desired, User.Id()!.Value, ct);
        return Redirect($"/questions/{id}#{input.Kind.Name()}-{input.PostId}");
    }
}
