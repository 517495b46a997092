using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <summary>
/// The asker marks one answer as accepted; choosing the accepted one again un-accepts it. Accepting
/// gives the answerer +15 and the asker +2 through the ledger (nothing for accepting one's own answer);
/// changing or withdrawing the choice reverses exactly that.
/// </summary>
public sealed class AcceptAnswer(CommunityDbContext db, ReputationLedger ledger)
{
    /// <returns>The accepted answer's id after the change, or null when none is accepted.</returns>
    public async Task<int?> ExecuteAsync(int answerId, int byMemberId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == answerId, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        var question = answer.Question!;
        var previous = question.AcceptedAnswerId;
        if (previous == answer.Id)
            question.Unaccept(byMemberId);
        else
            question.Accept(answer, byMemberId);
        await db.SaveChangesAsync(ct);

        if (previous is { } previousId) await ledger.ReverseAsync(ReputationLedger.AcceptSource(previousId), ct);
        if (question.AcceptedAnswerId == answer.Id && answer.AuthorId != question.AuthorId)
        {
            var source = ReputationLedger.AcceptSource(answer.Id);
            await ledger.AwardAsync(answer.AuthorId, ReputationReason.AnswerAccepted, source, Content.PostKind.Answer, answer.Id, byMemberId, ct);
            await ledger.AwardAsync(question.AuthorId, ReputationReason.AcceptedAnAnswer, source, Content.PostKind.Answer, answer.Id, byMemberId, ct);
        }
        var tell = question.AcceptedAnswerId == answer.Id && answer.AuthorId != question.AuthorId ? answer.AuthorId : (int?)null;
        db.Events.Raise(new AnswerAccepted(question.Id, question.Title, question.AcceptedAnswerId, tell));
        await transaction.CommitAsync(ct);
        return question.AcceptedAnswerId;
    }
}
