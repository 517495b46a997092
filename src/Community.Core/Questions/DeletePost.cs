using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>
/// Authors withdraw their own posts. Deletion is soft: the rows and revisions stay for moderators;
/// the reputation the post earned or cost anyone is reversed through the ledger.
/// </summary>
public sealed class DeletePost(CommunityDbContext db, ReputationLedger ledger)
{
    public async Task DeleteQuestionAsync(int questionId, int byMemberId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var question = await db.Questions.Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == questionId, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        question.EnsureEditableBy(byMemberId);
        question.Hide(HiddenReasons.Author);
        if (question.SpaceId is null) TagCatalog.Count(question.Tags, -1);
        await db.SaveChangesAsync(ct);
        await ledger.ReversePostAsync(PostKind.Question, questionId, ct);
        db.Events.Raise(new PostChanged(questionId, PostKind.Question, questionId));
        await transaction.CommitAsync(ct);
    }

    public async Task<int> DeleteAnswerAsync(int answerId, int byMemberId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == answerId, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        answer.EnsureEditableBy(byMemberId);
        answer.Hide(HiddenReasons.Author);
        var question = answer.Question!;
        question.AnswerCount = Math.Max(0, question.AnswerCount - 1);
        question.ForgetAcceptedAnswer(answerId);
        await db.SaveChangesAsync(ct);
        await ledger.ReversePostAsync(PostKind.Answer, answerId, ct);
        db.Events.Raise(new PostChanged(question.Id, PostKind.Answer, answerId));
        await transaction.CommitAsync(ct);
        return question.Id;
    }
}
