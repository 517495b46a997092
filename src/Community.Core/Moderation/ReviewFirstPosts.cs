using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Moderation;

/// <summary>The first-posts queue: a moderator publishes a new member's waiting post (announced as if just posted) or rejects it.</summary>
public sealed class ReviewFirstPosts(CommunityDbContext db, ModeratePosts posts, Notifications.MemberInbox inbox)
{
    public async Task ApproveAsync(PostKind kind, int postId, int moderatorId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureWaitingAsync(kind, postId, ct);
        await posts.RestoreAsync(kind, postId, moderatorId, verb: "approve", ct: ct);
        // Announced as if just posted, once the approval commits: the lists or the question's readers, the bells, the badges.
        if (kind == PostKind.Question)
        {
            var question = await db.Questions.Where(q => q.Id == postId).Select(q => new { q.SpaceId, q.AuthorId, q.Title }).SingleAsync(ct);
            db.Events.Raise(new QuestionAsked(postId, question.SpaceId, question.AuthorId, Held: false));
            await inbox.TellAsync(question.AuthorId, Notifications.NotificationKinds.PostApproved, question.Title, $"/questions/{postId}", ct);
        }
        else
        {
            var answer = await db.Answers.Include(a => a.Question).SingleAsync(a => a.Id == postId, ct);
            db.Events.Raise(new AnswerPublished(answer.QuestionId, answer.Question!.Title, answer.Question.AuthorId, answer.Id, answer.AuthorId));
            await inbox.TellAsync(answer.AuthorId, Notifications.NotificationKinds.PostApproved, answer.Question.Title, $"/questions/{answer.QuestionId}#answer-{postId}", ct);
        }
        db.Events.Raise(new ModerationQueuesChanged());
        await transaction.CommitAsync(ct);
    }

    public async Task RejectAsync(PostKind kind, int postId, int moderatorId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureWaitingAsync(kind, postId, ct);
        await posts.HideAsync(kind, postId, HiddenReasons.Moderator, moderatorId, ct);
        db.Events.Raise(new ModerationQueuesChanged());
        await transaction.CommitAsync(ct);
    }

    private async Task EnsureWaitingAsync(PostKind kind, int postId, CancellationToken ct)
    {
        var waiting = kind == PostKind.Question
            ? await db.Questions.AnyAsync(q => q.Id == postId && q.HiddenReason == HiddenReasons.AwaitingReview, ct)
            : await db.Answers.AnyAsync(a => a.Id == postId && a.HiddenReason == HiddenReasons.AwaitingReview, ct);
        if (!waiting) throw DomainException.Conflict("NotWaitingForReview");
    }
}
