using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>Adds an answer (once per form submission) and bumps the question's activity. A new member's first answer waits for review.</summary>
public sealed class PostAnswer(CommunityDbContext db, MarkdownRenderer renderer, Moderation.FirstPostPolicy firstPosts, TimeProvider clock)
{
    public async Task<Answer> ExecuteAsync(int questionId, string? markdown, Guid submissionId, int authorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        var body = PostValidation.Body(markdown, PostLimits.AnswerMin);
        var rendered = renderer.Render(body);
        await firstPosts.EnsureLinksAllowedAsync(authorId, rendered.Html, ct);

        // Everything that only reads happens before the write turn: writers take turns (one at a time on SQLite), so each
        // read inside the transaction would make every other writer wait for it too.
        var question = await db.Questions.AsNoTracking().Where(q => q.Id == questionId && !q.IsDeleted)
            .Select(q => new { q.Title, q.AuthorId, q.LockedAt, q.ClosedAt }).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("PostNotFound");
        if (question.LockedAt is not null) throw DomainException.Conflict("QuestionLocked");
        if (question.ClosedAt is not null) throw DomainException.Conflict("QuestionClosed");
        var held = await firstPosts.MustWaitAsync(authorId, ct);
        var needsReview = !held && await firstPosts.NeedsReviewAsync(authorId, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var duplicate = await db.Answers.FirstOrDefaultAsync(a => a.AuthorId == authorId && a.SubmissionId == submissionId, ct);
        if (duplicate is not null) return duplicate;
        var now = clock.GetUtcNow().UtcDateTime;
        // One guarded statement: the question may have been locked, closed or deleted since it was read above.
        var counted = held ? 0 : 1;
        var stillOpen = await db.Questions.Where(q => q.Id == questionId && !q.IsDeleted && q.LockedAt == null && q.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.AnswerCount, q => q.AnswerCount + counted).SetProperty(q => q.LastActivityAt, now), ct);
        if (stillOpen == 0) throw DomainException.Conflict("QuestionClosed");
        var answer = new Answer
        {
            QuestionId = questionId, AuthorId = authorId, BodyMarkdown = body, BodyHtml = rendered.Html,
            CreatedAt = now, SubmissionId = submissionId,
            NeedsReview = needsReview,
        };
        if (held) answer.HoldForReview();
        db.Answers.Add(answer);
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Answer, PostId = answer.Id, Number = 1, BodyMarkdown = body, EditorId = authorId, CreatedAt = now,
        });
        if (held || answer.NeedsReview) db.Events.Raise(new Moderation.ModerationQueuesChanged());
        if (!held) db.Events.Raise(new AnswerPublished(questionId, question.Title, question.AuthorId, answer.Id, authorId));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return answer;
    }
}
