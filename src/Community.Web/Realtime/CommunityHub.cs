using Community.Core;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Voting;
using Community.Web.Accounts;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Community.Web.Realtime;

/// <summary>
/// Live updates for question pages and the question list. Groups are not a security boundary, so
/// every join checks that the caller may see the content; every write requires a signed-in member and
/// goes through the same Core use case as the page, with the page's antiforgery token (<see cref="HubAntiforgery"/>: every
/// method not marked <see cref="ReadsOnlyAttribute"/> is a write). Signed-in connections are tracked by <see cref="MemberConnectionTracking"/>.
/// The hub is built for every call, so what only one method needs (voting) comes into that method, not the constructor:
/// 5,000 readers joining a page built the whole voting graph 5,000 times.
/// </summary>
public sealed class CommunityHub(CommunityDbContext db, Presence presence, ViewerCountBroadcast viewerCounts, IStringLocalizer<SharedResource> text) : Hub<ICommunityClient>
{
    // Compiled once: run by every reader who opens a question page.
    private static readonly Func<CommunityDbContext, int, int?, bool, Task<bool>> MayWatch = EF.CompileAsyncQuery(
        (CommunityDbContext db, int questionId, int? userId, bool isModerator) =>
            db.Questions.Any(q => q.Id == questionId && (!q.IsDeleted || q.AuthorId == userId || isModerator)));

    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public async Task<int> JoinQuestion(int questionId)
    {
        var userId = Context.User?.Id();
        var isModerator = Context.User?.IsModerator() ?? false;
        if (!await MayWatch(db, questionId, userId, isModerator)) throw new HubException(text["PostNotFound"]);

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Question(questionId));
        var count = await presence.JoinAsync(questionId, Context.ConnectionId);
        viewerCounts.Changed(questionId);
        return count;
    }

    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public async Task LeaveQuestion(int questionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Question(questionId));
        await presence.LeaveAsync(questionId, Context.ConnectionId);
        viewerCounts.Changed(questionId);
    }

    /// <summary>Idea and product pages are public; joining only needs the thing to exist.</summary>
    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public async Task JoinIdea(int ideaId)
    {
        if (!await db.Ideas.AnyAsync(i => i.Id == ideaId && !i.IsDeleted)) throw new HubException(text["IdeaNotFound"]);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Idea(ideaId));
    }

    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public async Task JoinProduct(int productId)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId)) throw new HubException(text["PostNotFound"]);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Product(productId));
    }

    /// <summary>Moderators' queue counts; the group is for moderators only.</summary>
    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public async Task JoinModerators()
    {
        if (!(Context.User?.IsModerator() ?? false)) throw new HubException(text["Error403"]);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Moderators);
    }

    [ReadsOnly, Security.NotRateLimited("joins a live group; reads only")]
    public Task JoinQuestionList() => Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.QuestionList);

    [Authorize, Security.RateLimited("vote")]
    public async Task<VoteResult> Vote(string kind, int postId, string direction, [FromServices] CastVote castVote)
    {
        var postKind = kind is "question" or "answer" ? PostKindNames.QuestionOrAnswer(kind) : throw new HubException(text["PostNotFound"]);
        var desired = direction switch
        {
            "up" => VoteDirection.Up,
            "down" => VoteDirection.Down,
            "none" => VoteDirection.None,
            _ => throw new HubException(text["PostNotFound"]),
        };
        return await castVote.ExecuteAsync(postKind, postId, desired, Context.User!.Id()!.Value);
    }

    /// <summary>Runs in its own scope for every transport; uses only what the hub was given (see <see cref="MemberConnectionTracking"/>).</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var questionId in await presence.LeaveAllAsync(Context.ConnectionId))
            viewerCounts.Changed(questionId);
        await base.OnDisconnectedAsync(exception);
    }
}
