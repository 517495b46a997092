using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Realtime;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Moderation;

/// <summary>
/// Reviewers (moderators, or members with the review-queues privilege) approve a suggested edit — saved as a
/// revision credited to its proposer, who earns reputation — or reject it. Audited.
/// </summary>
public sealed class ReviewSuggestedEdits(CommunityDbContext db, EditPost edits, PrivilegeCheck privileges, ReputationLedger ledger, AuditLog audit, TimeProvider clock)
{
    public async Task DecideAsync(int suggestionId, bool approve, int reviewerId, CancellationToken ct = default)
    {
        await privileges.EnsureAsync(reviewerId, Privilege.ReviewQueues, ct);
        var suggestion = await db.SuggestedEdits.FirstOrDefaultAsync(s => s.Id == suggestionId && s.Outcome == null, ct) ?? throw new DomainException("SuggestionNotPending");
        if (suggestion.ProposerId == reviewerId) throw new DomainException("CannotReviewOwnSuggestion");
        if (approve)
        {
            if (suggestion.PostKind == PostKind.Question)
                await edits.EditQuestionAsync(suggestion.PostId, suggestion.Title, suggestion.BodyMarkdown, suggestion.Tags ?? await TagsOfAsync(suggestion.PostId, ct), suggestion.ProposerId, ct, asModerator: true);
            else
                await edits.EditAnswerAsync(suggestion.PostId, suggestion.BodyMarkdown, suggestion.ProposerId, ct, asModerator: true);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        suggestion.Outcome = approve ? "approved" : "rejected";
        suggestion.ReviewerId = reviewerId;
        suggestion.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (approve) await ledger.AwardOnceAsync(suggestion.ProposerId, ReputationReason.EditApproved, $"edit:suggested:{suggestion.Id}", suggestion.PostKind, suggestion.PostId, reviewerId, ct);
        await audit.RecordAsync(reviewerId, approve ? "edit.approve" : "edit.reject", $"{suggestion.PostKind.Name()}:{suggestion.PostId}", null, $"suggestion {suggestion.Id}", ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<string> TagsOfAsync(int questionId, CancellationToken ct) =>
        string.Join(' ', await db.Questions.Where(q => q.Id == questionId).Select(q => q.Tags.Select(t => t.Name).ToList()).SingleAsync(ct));
}
