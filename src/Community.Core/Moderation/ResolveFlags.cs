using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

public enum FlagDecision { DeletePost, Helpful, Decline }

/// <summary>
/// A moderator settles every open flag on one target: helpful (optionally deleting the post) or declined
/// (restoring a post the flags had hidden). The outcome feeds each flagger's future weight.
/// </summary>
public sealed class ResolveFlags(CommunityDbContext db, ModeratePosts posts, AuditLog audit, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(string targetKind, int targetId, FlagDecision decision, int moderatorId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var open = await db.Flags.Where(f => f.TargetKind == targetKind && f.TargetId == targetId && f.Outcome == null).ToListAsync(ct);
        if (open.Count == 0) throw DomainException.Conflict("NoOpenFlags");
        var outcome = decision == FlagDecision.Decline ? FlagOutcomes.Declined : FlagOutcomes.Helpful;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var flag in open) flag.Resolve(outcome, moderatorId, now);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(moderatorId, $"flags.{outcome}", $"{targetKind}:{targetId}", $"{open.Count} open", decision.ToString(), ct);

        if (targetKind != FlagTargets.Member)
        {
            var kind = FlagContent.Kind(targetKind);
            var hiddenReason = targetKind == FlagTargets.Question
                ? await db.Questions.Where(q => q.Id == targetId).Select(q => q.IsDeleted ? q.HiddenReason : null).SingleAsync(ct)
                : await db.Answers.Where(a => a.Id == targetId).Select(a => a.IsDeleted ? a.HiddenReason : null).SingleAsync(ct);
            if (decision == FlagDecision.DeletePost && hiddenReason is null or HiddenReasons.Flagged)
                await posts.HideAsync(kind, targetId, HiddenReasons.Moderator, moderatorId, ct);
            else if (decision == FlagDecision.Decline && hiddenReason == HiddenReasons.Flagged)
                await posts.RestoreAsync(kind, targetId, moderatorId, ct: ct);
        }
        db.Events.Raise(new ModerationQueuesChanged());
        await transaction.CommitAsync(ct);
        return open.Count;
    }
}
