using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Moderation;

/// <summary>The first-posts queue: a moderator publishes a new member's waiting post (announced as if just posted) or rejects it.</summary>
public sealed class ReviewFirstPosts(CommunityDbContext db, ModeratePosts posts, Notifications.MemberInbox inbox, ICommunityNotifier notifier)
{
    public async Task ApproveAsync(PostKind kind, int postId, int moderatorId, CancellationToken ct = default)
    {
        await EnsureWaitingAsync(kind, postId, ct);
        await posts.RestoreAsync(kind, postId, moderatorId, ct, verb: "approve");
        if (kind == PostKind.Question)
        {
            var question = await db.Questions.Where(q => q.Id == postId).Select(q => new { q.SpaceId, q.AuthorId, q.Title }).SingleAsync(ct);
            await notifier.QuestionAskedAsync(postId, question.SpaceId);
            await inbox.TellAsync(question.AuthorId, Notifications.NotificationKinds.PostApproved, question.Title, $"/questions/{postId}", ct);
        }
        else
        {
            var answer = await db.Answers.Include(a => a.Question).SingleAsync(a => a.Id == postId, ct);
            // Announced as if just posted: the question's readers, the asker's bell, the author's badges.
            db.Events.Raise(new AnswerPublished(answer.QuestionId, answer.Question!.Title, answer.Question.AuthorId, answer.Id, answer.AuthorId));
            await inbox.TellAsync(answer.AuthorId, Notifications.NotificationKinds.PostApproved, answer.Question.Title, $"/questions/{answer.QuestionId}#answer-{postId}", ct);
        }
        await notifier.ModerationQueuesChangedAsync();
    }

    public async Task RejectAsync(PostKind kind, int postId, int moderatorId, CancellationToken ct = default)
    {
        await EnsureWaitingAsync(kind, postId, ct);
        await posts.HideAsync(kind, postId, HiddenReasons.Moderator, moderatorId, ct);
        await notifier.ModerationQueuesChangedAsync();
    }

    private async Task EnsureWaitingAsync(PostKind kind, int postId, CancellationToken ct)
    {
        var waiting = kind == PostKind.Question
            ? await db.Questions.AnyAsync(q => q.Id == postId && q.HiddenReason == HiddenReasons.AwaitingReview, ct)
            : await db.Answers.AnyAsync(a => a.Id == postId && a.HiddenReason == HiddenReasons.AwaitingReview, ct);
        if (!waiting) throw new DomainException("NotWaitingForReview");
    }
}
