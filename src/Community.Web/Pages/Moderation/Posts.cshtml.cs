using Community.Core;
using Community.Core.Content;
using Community.Core.Moderation;
using Community.Web.Pages.Questions;
using Community.Web.Pages.Shared;
using Community.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Moderation;

/// <summary>What a refused moderation action shows: the reason and the way back.</summary>
public sealed record ActionRefusal(string? Refusal, string BackUrl);

/// <summary>
/// The actions behind the buttons on question pages and the queues (POST only). Every handler checks who
/// may act on the server; success returns to the page the form came from, a refusal shows its reason.
/// </summary>
[Authorize]
public class PostsModel(IStringLocalizer<SharedResource> text) : PageModel
{
    public string? Refusal { get; private set; }
    public string BackUrl { get; private set; } = "/";

    public IActionResult OnGet() => NotFound();

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostCloseAsync(int questionId, string? reason, string? duplicateOf, string? returnUrl, [FromServices] ModerateQuestion moderate, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => moderate.CloseAsync(questionId, reason, QuestionReference.Parse(duplicateOf), me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostReopenAsync(int questionId, string? returnUrl, [FromServices] ModerateQuestion moderate, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => moderate.ReopenAsync(questionId, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostLockAsync(int questionId, bool locked, string? returnUrl, [FromServices] ModerateQuestion moderate, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => moderate.LockAsync(questionId, locked, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostPinAsync(int questionId, bool pinned, string? returnUrl, [FromServices] ModerateQuestion moderate, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => moderate.PinAsync(questionId, pinned, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostDeleteAsync(string kind, int postId, string? returnUrl, [FromServices] ModeratePosts posts, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => posts.HideAsync(Kind(kind), postId, Core.Questions.HiddenReasons.Moderator, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostUndeleteAsync(string kind, int postId, string? returnUrl, [FromServices] ModeratePosts posts, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => posts.RestoreAsync(Kind(kind), postId, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostApproveAsync(string kind, int postId, string? returnUrl, [FromServices] ReviewFirstPosts review, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => review.ApproveAsync(Kind(kind), postId, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostReviewedAsync(string kind, int postId, string? returnUrl, [FromServices] ModeratePosts posts, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => posts.MarkReviewedAsync(Kind(kind), postId, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostRejectAsync(string kind, int postId, string? returnUrl, [FromServices] ReviewFirstPosts review, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => review.RejectAsync(Kind(kind), postId, me, ct));

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostResolveAsync(string kind, int targetId, FlagDecision decision, string? returnUrl, [FromServices] ResolveFlags resolve, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => resolve.ExecuteAsync(kind, targetId, decision, me, ct));

    [Security.NotRateLimited("moderators only")]

    public async Task<IActionResult> OnPostMergeAsync(int questionId, string? targetId, [FromServices] MergeAndMoveQuestions merge, CancellationToken ct)
    {
        if (!User.IsModerator()) return Forbid();
        var target = QuestionReference.Parse(targetId);
        return await RunAsync($"/questions/{target}", () => merge.MergeAsync(questionId, target ?? 0, User.Id()!.Value, ct));
    }

    [Security.NotRateLimited("moderators only")]

    public Task<IActionResult> OnPostMoveAsync(int questionId, int? productId, string? tags, string? returnUrl, [FromServices] MergeAndMoveQuestions move, CancellationToken ct) =>
        ModeratorAsync(returnUrl, me => move.MoveAsync(questionId, productId, tags, me, ct));

    /// <summary>Members with the close/reopen privilege vote (Core checks the privilege); enough votes decide.</summary>
    [Security.RateLimited("flag")]
    public Task<IActionResult> OnPostCloseVoteAsync(int questionId, bool reopen, string? reason, string? duplicateOf, string? returnUrl, [FromServices] VoteToClose votes, CancellationToken ct) =>
        RunAsync(returnUrl, () => votes.ExecuteAsync(questionId, reopen, reason, QuestionReference.Parse(duplicateOf), User.Id()!.Value, ct), "CloseVoteRecorded");

    /// <summary>Brand staff only: the brand's official answer.</summary>
    [Security.NotRateLimited("brand team only")]
    public async Task<IActionResult> OnPostOfficialAsync(int answerId, bool official, string? returnUrl, [FromServices] MarkOfficialAnswer mark, CancellationToken ct)
    {
        if (!User.IsBrandTeam()) return Forbid();
        return await RunAsync(returnUrl, () => mark.ExecuteAsync(answerId, official, User.Id()!.Value, ct));
    }

    /// <summary>Any signed-in member may flag someone else's post or profile.</summary>
    /// <remarks>When the flag hides the post, the flagger goes to the question list (the post is gone for them).</remarks>
    [Security.RateLimited("flag")]
    public async Task<IActionResult> OnPostFlagAsync(string kind, int postId, string? reason, string? flagText, string? duplicateOf, string? returnUrl, [FromServices] FlagContent flags, CancellationToken ct)
    {
        var hid = false;
        var result = await RunAsync(returnUrl, async () => hid = (await flags.ExecuteAsync(new FlagInput(kind, postId, reason, flagText, QuestionReference.Parse(duplicateOf)), User.Id()!.Value, ct)).HidPost, "FlagThanks");
        return hid ? Redirect("/questions") : result;
    }

    private async Task<IActionResult> ModeratorAsync(string? returnUrl, Func<int, Task> act)
    {
        if (!User.IsModerator()) return Forbid();
        return await RunAsync(returnUrl, () => act(User.Id()!.Value));
    }

    private async Task<IActionResult> RunAsync(string? returnUrl, Func<Task> act, string? notice = null)
    {
        BackUrl = LocalUrl.OrHome(returnUrl);
        try
        {
            await act();
            if (notice is not null) TempData["Notice"] = notice;
            return Redirect(BackUrl);
        }
        catch (DomainException refusal)
        {
            Refusal = refusal.Localize(text);
            Response.StatusCode = refusal.MessageKey == "PostNotFound" ? 404 : 400;
            return Page();
        }
    }

    private static PostKind Kind(string kind) => PostKindNames.QuestionOrAnswer(kind);
}
