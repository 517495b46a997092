using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>Adds a plain-text comment under a question or one of its answers.</summary>
public sealed class PostComment(CommunityDbContext db, ICommunityNotifier notifier, TimeProvider clock)
{
    public async Task<Comment> ExecuteAsync(int questionId, int? answerId, string? text, int authorId, CancellationToken ct = default)
    {
        var body = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (body.Length is < Comment.MinLength or > Comment.MaxLength) throw new DomainException("CommentLength");

        var questionVisible = await db.Questions.AnyAsync(q => q.Id == questionId && !q.IsDeleted, ct);
        var answerVisible = answerId is null || await db.Answers.AnyAsync(a => a.Id == answerId && a.QuestionId == questionId && !a.IsDeleted, ct);
        if (!questionVisible || !answerVisible) throw new DomainException("PostNotFound");

        var comment = new Comment
        {
            QuestionId = questionId, AnswerId = answerId, AuthorId = authorId, Body = body, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);

        await notifier.CommentPostedAsync(questionId, comment.Id);
        return comment;
    }
}
