using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>
/// Reviewers (moderators, or members with the review-queues privilege) approve a suggested edit — saved as a
/// revision credited to its proposer, who earns reputation — or reject it. Audited.
/// </summary>
public sealed class ReviewSuggestedEdits(CommunityDbContext db, PrivilegeCheck privileges, ApplySuggestedEdit apply, AuditLog audit, TimeProvider clock)
{
    public async Task DecideAsync(int suggestionId, bool approve, int reviewerId, CancellationToken ct = default)
    {
        await privileges.EnsureAsync(reviewerId, Privilege.ReviewQueues, ct);
        // One transaction: the edit, the proposer's reputation, the decision and its audit line, or none of them.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var suggestion = await db.SuggestedEdits.FirstOrDefaultAsync(s => s.Id == suggestionId && s.Outcome == null, ct) ?? throw DomainException.Conflict("SuggestionNotPending");
        suggestion.Decide(approve, reviewerId, clock.GetUtcNow().UtcDateTime);
        if (approve) await apply.ExecuteAsync(suggestion, reviewerId, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(reviewerId, approve ? "edit.approve" : "edit.reject", $"{suggestion.PostKind.Name()}:{suggestion.PostId}", null, $"suggestion {suggestion.Id}", ct);
        await transaction.CommitAsync(ct);
    }
}
