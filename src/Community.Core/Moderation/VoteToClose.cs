using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Moderation;

/// <summary>
/// Members with the close/reopen privilege vote; at Moderation:CloseVotesNeeded votes the question closes
/// with the most-voted reason (or reopens). One active vote per member and question.
/// </summary>
public sealed class VoteToClose(CommunityDbContext db, PrivilegeCheck privileges, ModerateQuestion moderate, IOptions<ModerationOptions> options, TimeProvider clock)
{
    /// <returns>True when this vote closed or reopened the question.</returns>
    public async Task<bool> ExecuteAsync(int questionId, bool reopen, string? reason, int? duplicateOfId, int voterId, CancellationToken ct = default)
    {
        await privileges.EnsureAsync(voterId, Privilege.CloseReopen, ct);
        if (!reopen && (reason is null || !CloseReasons.All.Contains(reason))) throw new DomainException("CloseReasonRequired");
        if (!reopen && reason == CloseReasons.Duplicate && (duplicateOfId is not { } target || target == questionId || !await db.Questions.AnyAsync(q => q.Id == target && !q.IsDeleted, ct)))
            throw new DomainException("DuplicateTargetRequired");
        var question = await db.Questions.AsNoTracking().Where(q => q.Id == questionId && !q.IsDeleted).Select(q => new { q.ClosedAt }).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("PostNotFound");
        if (reopen != (question.ClosedAt is not null)) throw new DomainException(reopen ? "QuestionNotClosed" : "QuestionAlreadyClosed");
        if (await db.CloseVotes.AnyAsync(v => v.QuestionId == questionId && v.VoterId == voterId && v.Reopen == reopen && !v.Settled, ct))
            throw DomainException.Conflict("AlreadyVotedToClose");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Events.Raise(new ModerationQueuesChanged());
        db.CloseVotes.Add(new CloseVote { QuestionId = questionId, VoterId = voterId, Reopen = reopen, Reason = reopen ? null : reason, DuplicateOfId = reopen ? null : duplicateOfId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        var votes = await db.CloseVotes.Where(v => v.QuestionId == questionId && v.Reopen == reopen && !v.Settled).ToListAsync(ct);
        if (votes.Count < options.Value.CloseVotesNeeded)
        {
            await transaction.CommitAsync(ct);
            return false;
        }

        if (reopen) await moderate.ReopenAsync(questionId, voterId, ct);
        else
        {
            var winner = votes.GroupBy(v => v.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(v => v.CreatedAt)).First();
            var duplicate = winner.Key == CloseReasons.Duplicate ? winner.GroupBy(v => v.DuplicateOfId).OrderByDescending(g => g.Count()).First().Key : null;
            await moderate.CloseAsync(questionId, winner.Key, duplicate, voterId, ct);
        }
        await db.CloseVotes.Where(v => v.QuestionId == questionId && !v.Settled).ExecuteUpdateAsync(s => s.SetProperty(v => v.Settled, true), ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
