using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>
/// Moderators merge a question into another (its answers, with their votes and comments, move to the
/// target; the source stays, closed as a duplicate pointing there) and move questions between products
/// and tags. Both audited.
/// </summary>
public sealed class MergeAndMoveQuestions(CommunityDbContext db, TagCatalog tags, ModerateQuestion moderate, AuditLog audit, TimeProvider clock)
{
    public async Task<int> MergeAsync(int sourceId, int targetId, int moderatorId, CancellationToken ct = default)
    {
        if (sourceId == targetId) throw new DomainException("DuplicateTargetRequired");
        // One transaction: answers move, the source closes as a duplicate, or nothing changes.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var source = await db.Questions.FirstOrDefaultAsync(q => q.Id == sourceId && !q.IsDeleted, ct) ?? throw DomainException.NotFound("PostNotFound");
        var target = await db.Questions.FirstOrDefaultAsync(q => q.Id == targetId && !q.IsDeleted, ct) ?? throw new DomainException("DuplicateTargetRequired");
        if (source.SpaceId != target.SpaceId) throw new DomainException("MergeAcrossSpaces");
        var answers = await db.Answers.Where(a => a.QuestionId == sourceId).ToListAsync(ct);
        var answerIds = answers.Select(a => a.Id).ToList();
        foreach (var answer in answers) answer.QuestionId = targetId;
        var moved = answers.Count(a => !a.IsDeleted);
        target.AnswerCount += moved;
        target.LastActivityAt = clock.GetUtcNow().UtcDateTime;
        source.AnswerCount = 0;
        source.ForgetAcceptedAnswer();
        await db.SaveChangesAsync(ct);
        await db.Comments.Where(c => c.AnswerId != null && answerIds.Contains(c.AnswerId.Value)).ExecuteUpdateAsync(s => s.SetProperty(c => c.QuestionId, targetId), ct);
        await audit.RecordAsync(moderatorId, "question.merge", $"question:{sourceId}", null, $"{moved} answers → question:{targetId}", ct);
        if (await db.Questions.AnyAsync(q => q.Id == sourceId && q.ClosedAt == null, ct))
            await moderate.CloseAsync(sourceId, CloseReasons.Duplicate, targetId, moderatorId, ct);
        db.Events.Raise(new Questions.PostChanged(targetId, PostKind.Question, targetId));
        await transaction.CommitAsync(ct);
        return targetId;
    }

    public async Task MoveAsync(int questionId, int? productId, string? rawTags, int moderatorId, CancellationToken ct = default)
    {
        var names = TagNames.Parse(rawTags, out var tagError) ?? throw new DomainException(tagError!);
        if (productId is { } id && !await db.Products.AnyAsync(p => p.Id == id, ct)) throw new DomainException("ProductUnknown");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var question = await db.Questions.Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == questionId, ct) ?? throw DomainException.NotFound("PostNotFound");
        var before = $"product:{question.ProductId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} tags:{string.Join(' ', question.Tags.Select(t => t.Name))}";
        var counted = question.SpaceId is null && !question.IsDeleted ? 1 : 0;
        TagCatalog.Count(question.Tags, -counted);
        question.Tags = await tags.ResolveAsync(names, ct);
        TagCatalog.Count(question.Tags, +counted);
        question.ProductId = productId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(moderatorId, "question.move", $"question:{questionId}", before, $"product:{productId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} tags:{string.Join(' ', names)}", ct);
        db.Events.Raise(new Questions.PostChanged(questionId, PostKind.Question, questionId));
        await transaction.CommitAsync(ct);
    }
}
