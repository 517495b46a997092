using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

public sealed record SpammerCleanup(int Questions, int Answers, int VotesReversed);

/// <summary>
/// "Delete as spammer": every post of theirs is hidden (reversing what it earned), every vote they cast is
/// withdrawn with its reputation, and the account is suspended for good. Nothing is erased: an undelete
/// per post and lifting the suspension undo it.
/// </summary>
public sealed class DeleteSpammer(CommunityDbContext db, ModeratePosts posts, ReputationLedger ledger, ModerateMember members, AuditLog audit)
{
    public async Task<SpammerCleanup> ExecuteAsync(int memberId, int moderatorId, CancellationToken ct = default)
    {
        // Public posts, and those still waiting in the first-post queue or hidden by flags (they leave those queues too).
        string[] pending = [HiddenReasons.AwaitingReview, HiddenReasons.Flagged];
        var questionIds = await db.Questions.IgnoreQueryFilters().Where(q => q.AuthorId == memberId && (!q.IsDeleted || pending.Contains(q.HiddenReason!)))
            .Select(q => q.Id).ToListAsync(ct);
        var answerIds = await db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == memberId && (!a.IsDeleted || pending.Contains(a.HiddenReason!)))
            .Select(a => a.Id).ToListAsync(ct);
        // One transaction: the member is suspended, every post hidden and every vote reversed, or nothing is.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await members.SetSuspensionAsync(memberId, DateTime.MaxValue.AddDays(-1), moderatorId, "Deleted as spammer", ct);
        foreach (var id in questionIds) await posts.HideAsync(PostKind.Question, id, HiddenReasons.Spammer, moderatorId, ct);
        foreach (var id in answerIds) await posts.HideAsync(PostKind.Answer, id, HiddenReasons.Spammer, moderatorId, ct);

        var votes = await db.Votes.Where(v => v.VoterId == memberId).ToListAsync(ct);
        foreach (var vote in votes)
        {
            if (vote.PostKind == PostKind.Question)
                await db.Questions.IgnoreQueryFilters().Where(q => q.Id == vote.PostId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Score, q => q.Score - vote.Value), ct);
            else
                await db.Answers.IgnoreQueryFilters().Where(a => a.Id == vote.PostId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Score, a => a.Score - vote.Value), ct);
            await ledger.ReverseAsync(ReputationLedger.VoteSource(vote.PostKind, vote.PostId, memberId), ct);
        }
        db.Votes.RemoveRange(votes);
        await db.SaveChangesAsync(ct);
        var cleanup = new SpammerCleanup(questionIds.Count, answerIds.Count, votes.Count);
        await audit.RecordAsync(moderatorId, "member.spammer", $"member:{memberId}", null, $"{cleanup.Questions} questions, {cleanup.Answers} answers hidden; {cleanup.VotesReversed} votes reversed", ct);
        db.Events.Raise(new ModerationQueuesChanged());
        await transaction.CommitAsync(ct);
        return cleanup;
    }
}
