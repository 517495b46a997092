using Community.Core.Badges;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>Adds an answer (once per form submission) and bumps the question's activity.</summary>
public sealed class PostAnswer(CommunityDbContext db, MarkdownRenderer renderer, BadgeAwarder badges, MemberInbox inbox, ICommunityNotifier notifier, TimeProvider clock)
{
    public async Task<Answer> ExecuteAsync(int questionId, string? markdown, Guid submissionId, int authorId, CancellationToken ct = default)
    {
        var body = PostValidation.Body(markdown, PostLimits.AnswerMin);
        var rendered = renderer.Render(body);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var duplicate = await db.Answers.FirstOrDefaultAsync(a => a.AuthorId == authorId && a.SubmissionId == submissionId, ct);
        if (duplicate is not null) return duplicate;
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, ct)
            ?? throw new DomainException("PostNotFound");

        var now = clock.GetUtcNow().UtcDateTime;
        var answer = new Answer
        {
            QuestionId = questionId, AuthorId = authorId, BodyMarkdown = body, BodyHtml = rendered.Html,
            CreatedAt = now, SubmissionId = submissionId,
        };
        db.Answers.Add(answer);
        question.AnswerCount++;
        question.LastActivityAt = now;
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Answer, PostId = answer.Id, Number = 1, BodyMarkdown = body, EditorId = authorId, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await notifier.AnswerPostedAsync(questionId, answer.Id);
        if (question.AuthorId != authorId)
            await inbox.TellAsync(question.AuthorId, NotificationKinds.NewAnswer, question.Title, $"/questions/{questionId}#answer-{answer.Id}", ct);
        await badges.CheckAsync(authorId, ct);
        return answer;
    }
}
