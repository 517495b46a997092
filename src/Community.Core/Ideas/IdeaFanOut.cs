using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

/// <summary>The brand team moved an idea to <see cref="To"/> (a duplicate names the idea it was merged into).</summary>
public sealed record IdeaStatusChanged(int IdeaId, string Title, IdeaStatus To, int? MergedIntoId, int StaffId) : Events.IDomainEvent;

/// <summary>Tells everyone who voted for or follows an idea that its status changed: in the bell, and live on open pages.</summary>
public sealed class IdeaFanOut(CommunityDbContext db, MemberInbox inbox, ICommunityNotifier notifier) : Events.IDomainEventHandler<IdeaStatusChanged>
{
    public async Task HandleAsync(IdeaStatusChanged happened, CancellationToken ct)
    {
        var watchedId = happened.MergedIntoId ?? happened.IdeaId;
        // After a merge the duplicate's people now watch the target; they are told about the target.
        var audience = await db.IdeaFollowers.Where(f => f.IdeaId == watchedId).Select(f => f.MemberId)
            .Union(db.IdeaVotes.Where(v => v.IdeaId == watchedId).Select(v => v.VoterId))
            .Where(m => m != happened.StaffId)
            .ToListAsync(ct);
        await inbox.TellManyAsync(audience, $"idea-{happened.To}", happened.Title, $"/ideas/{watchedId}", ct);
        await notifier.IdeaChangedAsync(happened.IdeaId);
        if (happened.MergedIntoId is { } target) await notifier.IdeaChangedAsync(target);
    }

    /// <summary>The asker hears that their question became an idea; the question's page shows the link at once.</summary>
    public async Task ConvertedAsync(Idea idea, int questionId, CancellationToken ct = default)
    {
        await inbox.TellAsync(idea.AuthorId, NotificationKinds.QuestionConverted, idea.Title, $"/ideas/{idea.Id}", ct);
        await notifier.PostChangedAsync(questionId, Content.PostKind.Question, questionId);
        await notifier.IdeaChangedAsync(idea.Id);
    }
}
