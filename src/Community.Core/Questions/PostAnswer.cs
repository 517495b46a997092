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

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var duplicate = await db.Answers.FirstOrDefaultAsync(a => a.AuthorId == authorId && a.SubmissionId == submissionId, ct);
        if (duplicate is not null) return duplicate;
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        if (question.LockedAt is not null) throw DomainException.Conflict("QuestionLocked");
        if (question.ClosedAt is not null) throw DomainException.Conflict("QuestionClosed");

        var now = clock.GetUtcNow().UtcDateTime;
        var held = await firstPosts.MustWaitAsync(authorId, ct);
        var answer = new Answer
        {
            QuestionId = questionId, AuthorId = authorId, BodyMarkdown = body, BodyHtml = rendered.Html,
            CreatedAt = now, SubmissionId = submissionId,
            NeedsReview = !held && await firstPosts.NeedsReviewAsync(authorId, ct),
        };
        if (held) answer.HoldForReview();
        db.Answers.Add(answer);
        if (!held) question.AnswerCount++;
        question.LastActivityAt = now;
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Answer, PostId = answer.Id, Number = 1, BodyMarkdown = body, EditorId = authorId, CreatedAt = now,
        });
        if (held || answer.NeedsReview) db.Events.Raise(new Moderation.ModerationQueuesChanged());
        if (!held) db.Events.Raise(new AnswerPublished(question.Id, question.Title, question.AuthorId, answer.Id, authorId));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return answer;
    }
}
