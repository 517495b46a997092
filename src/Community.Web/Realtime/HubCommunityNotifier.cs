using Community.Web.Hosting;
using Community.Core.Content;
using Community.Core.Realtime;
using Community.Web.Performance;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>Pushes Core's events to the SignalR groups of the pages that show them. Never throws: the change is already saved.</summary>
public sealed class HubCommunityNotifier(IHubContext<CommunityHub, ICommunityClient> hub, IOutputCacheStore pages, Accounts.SuspendedMembers suspended,
    ScaleOut.IClusterSignals cluster, ILogger<HubCommunityNotifier> log) : ICommunityNotifier
{
    /// <summary>Effective at once on this node and, told through Redis, on the others: the next request signs out, open live connections close now.</summary>
    public Task MemberSuspendedAsync(int memberId, DateTime? until) => Safely(() =>
    {
        suspended.Set(memberId, until);
        cluster.TellOthers(ScaleOut.ClusterTopics.MemberSuspended,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{memberId}|{until?.Ticks}"));
        return Task.CompletedTask;
    });

    /// <summary>Only public questions are announced on the shared list; a private one stays inside its space.</summary>
    public Task QuestionAskedAsync(int questionId, int? spaceId) => spaceId is null
        ? Safely(async () =>
        {
            await pages.EvictByTagAsync(AnonymousPageCache.Tags.QuestionList, default);
            await hub.Clients.Group(HubGroups.QuestionList).QuestionAsked(questionId);
        })
        : Task.CompletedTask;

    public Task AnswerPostedAsync(int questionId, int answerId) => Safely(async () =>
    {
        await EvictAsync(questionId);
        await hub.Clients.Group(HubGroups.Question(questionId)).AnswerPosted(questionId, answerId);
    });

    public Task CommentPostedAsync(int questionId, int commentId) => Safely(async () =>
    {
        await EvictAsync(questionId);
        await hub.Clients.Group(HubGroups.Question(questionId)).CommentPosted(questionId, commentId);
    });

    public Task ScoreChangedAsync(int questionId, PostKind kind, int postId, int score) => Safely(async () =>
    {
        await EvictAsync(questionId);
        await hub.Clients.Group(HubGroups.Question(questionId)).ScoreChanged(questionId, kind.Name(), postId, score);
    });

    public Task AnswerAcceptedAsync(int questionId, int? acceptedAnswerId) => Safely(async () =>
    {
        await EvictAsync(questionId);
        await hub.Clients.Group(HubGroups.Question(questionId)).AnswerAccepted(questionId, acceptedAnswerId);
    });

    public Task PostChangedAsync(int questionId, PostKind kind, int postId) => Safely(async () =>
    {
        await EvictAsync(questionId);
        await hub.Clients.Group(HubGroups.Question(questionId)).PostChanged(questionId, kind.Name(), postId);
    });

    /// <summary>Visitors' cached search results list ideas too, so they go with the change.</summary>
    public Task IdeaChangedAsync(int ideaId) => Safely(async () =>
    {
        await pages.EvictByTagAsync(AnonymousPageCache.Tags.QuestionList, default);
        await hub.Clients.Group(HubGroups.Idea(ideaId)).Changed(HubGroups.Idea(ideaId));
    });

    public Task ProductChangedAsync(int productId) =>
        Safely(() => hub.Clients.Group(HubGroups.Product(productId)).Changed(HubGroups.Product(productId)));

    public Task ModerationQueuesChangedAsync() =>
        Safely(() => hub.Clients.Group(HubGroups.Moderators).Changed(HubGroups.Moderators));

    /// <summary>To the member's own connections (a toast), and to every page showing their reputation.</summary>
    /// <remarks>Sent to all: reputation shows next to names on any page. A per-author group is the next step at scale.</remarks>
    public Task ReputationChangedAsync(int memberId, int reputation, int delta) =>
        Safely(() => hub.Clients.All.ReputationChanged(memberId, reputation, delta));

    public Task LevelReachedAsync(int memberId, int level, string name, string koreanName) =>
        Safely(() => hub.Clients.User(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)).LevelReached(level, name, koreanName));

    public Task InboxChangedAsync(int memberId, int unread) =>
        Safely(() => hub.Clients.User(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)).InboxChanged(unread));

    public Task BadgeAwardedAsync(int memberId, string badgeKey, string subject) =>
        Safely(() => hub.Clients.User(memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)).BadgeAwarded(badgeKey, subject));

    /// <summary>Visitors' cached copies of the question and the list are stale the moment it changes.</summary>
    private async Task EvictAsync(int questionId)
    {
        await pages.EvictByTagAsync(AnonymousPageCache.Tags.Question(questionId), default);
        await pages.EvictByTagAsync(AnonymousPageCache.Tags.QuestionList, default);
    }

    private async Task Safely(Func<Task> push)
    {
        try
        {
            await push();
        }
        catch (Exception e)
        {
            log.LivePushFailed(e);
        }
    }
}
