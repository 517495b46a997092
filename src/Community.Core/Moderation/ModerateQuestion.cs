using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>
/// A moderator's switches on a question: close (a reason; a duplicate names its target) and reopen, lock
/// and unlock, pin and unpin. Each is reversible, audited with before and after, and shown live.
/// Callers check the moderator role.
/// </summary>
public sealed class ModerateQuestion(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    public Task CloseAsync(int questionId, string? reason, int? duplicateOfId, int moderatorId, CancellationToken ct = default) =>
        ChangeAsync(questionId, moderatorId, "question.close", async question =>
        {
            if (reason == CloseReasons.Duplicate && duplicateOfId is { } target && !await db.Questions.AnyAsync(q => q.Id == target && !q.IsDeleted, ct))
                throw new DomainException("DuplicateTargetRequired");
            question.Close(reason, duplicateOfId, Now);
            return reason == CloseReasons.Duplicate ? $"duplicate of question:{duplicateOfId}" : reason!;
        }, ct);

    public Task ReopenAsync(int questionId, int moderatorId, CancellationToken ct = default) =>
        ChangeAsync(questionId, moderatorId, "question.reopen", question =>
        {
            question.Reopen();
            return Task.FromResult("open");
        }, ct);

    public Task LockAsync(int questionId, bool locked, int moderatorId, CancellationToken ct = default) =>
        ChangeAsync(questionId, moderatorId, locked ? "question.lock" : "question.unlock", question =>
        {
            question.Lock(locked, Now);
            return Task.FromResult(locked ? "locked" : "unlocked");
        }, ct);

    public Task PinAsync(int questionId, bool pinned, int moderatorId, CancellationToken ct = default) =>
        ChangeAsync(questionId, moderatorId, pinned ? "question.pin" : "question.unpin", question =>
        {
            question.Pin(pinned, Now);
            return Task.FromResult(pinned ? "pinned" : "unpinned");
        }, ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task ChangeAsync(int questionId, int moderatorId, string action, Func<Question, Task<string>> change, CancellationToken ct)
    {
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, ct) ?? throw DomainException.NotFound("PostNotFound");
        var before = State(question);
        var after = await change(question);
        await db.SaveChangesAsync(ct);
        // A moderator's (or the votes') decision settles any close or reopen votes still open.
        if (action is "question.close" or "question.reopen")
            await db.CloseVotes.Where(v => v.QuestionId == questionId && !v.Settled).ExecuteUpdateAsync(s => s.SetProperty(v => v.Settled, true), ct);
        await audit.RecordAsync(moderatorId, action, $"question:{questionId}", before, after, ct);
        db.Events.Raise(new Questions.PostChanged(questionId, PostKind.Question, questionId));
        if (own is not null) await own.CommitAsync(ct);
    }

    private static string State(Question q) =>
        string.Join(", ", new[] { q.ClosedAt is null ? "open" : $"closed ({q.CloseReason})", q.LockedAt is null ? null : "locked", q.PinnedAt is null ? null : "pinned" }.Where(s => s is not null));
}
