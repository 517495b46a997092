using Community.Core.Members;
using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>
/// Adds a plain-text comment under a question or one of its answers. Anyone may comment on their own
/// question and on answers to it, or on their own answer; commenting elsewhere is a privilege.
/// </summary>
public sealed class PostComment(CommunityDbContext db, PrivilegeCheck privileges, TimeProvider clock)
{
    public async Task<Comment> ExecuteAsync(int questionId, int? answerId, string? text, int authorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        var body = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (body.Length is < Comment.MinLength or > Comment.MaxLength) throw new DomainException("CommentLength");

        var question = await db.Questions.Where(q => q.Id == questionId && !q.IsDeleted).Select(q => new { q.AuthorId, q.LockedAt }).FirstOrDefaultAsync(ct);
        if (question?.LockedAt is not null) throw DomainException.Conflict("QuestionLocked");
        var askerId = question?.AuthorId;
        var answerAuthorId = answerId is null ? null
            : await db.Answers.Where(a => a.Id == answerId && a.QuestionId == questionId && !a.IsDeleted).Select(a => (int?)a.AuthorId).FirstOrDefaultAsync(ct);
        if (askerId is null || (answerId is not null && answerAuthorId is null)) throw DomainException.NotFound("PostNotFound");
        if (authorId != askerId && authorId != answerAuthorId) await privileges.EnsureAsync(authorId, Privilege.Comment, ct);

        var comment = new Comment
        {
            QuestionId = questionId, AnswerId = answerId, AuthorId = authorId, Body = body, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new CommentPosted(questionId, comment.Id)); // told once the comment has its id and is committed
        await transaction.CommitAsync(ct);
        return comment;
    }
}
