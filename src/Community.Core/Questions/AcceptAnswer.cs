using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>The asker marks one answer as accepted; choosing the accepted one again un-accepts it.</summary>
public sealed class AcceptAnswer(CommunityDbContext db, ICommunityNotifier notifier)
{
    /// <returns>The accepted answer's id after the change, or null when none is accepted.</returns>
    public async Task<int?> ExecuteAsync(int answerId, int byMemberId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == answerId, ct)
            ?? throw new DomainException("PostNotFound");
        var question = answer.Question!;
        if (question.AcceptedAnswerId == answer.Id)
            question.Unaccept(byMemberId);
        else
            question.Accept(answer, byMemberId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await notifier.AnswerAcceptedAsync(question.Id, question.AcceptedAnswerId);
        return question.AcceptedAnswerId;
    }
}
