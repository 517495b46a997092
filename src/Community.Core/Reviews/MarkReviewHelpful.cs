using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Reviews;

/// <summary>
/// Marks (or unmarks) a review as helpful. Requests name the wanted state, so repeating one changes
/// nothing; the author earns reputation through the ledger, reversed exactly when the mark is withdrawn.
/// </summary>
public sealed class MarkReviewHelpful(CommunityDbContext db, ReputationLedger ledger, TimeProvider clock)
{
    public static string Source(int reviewId, int voterId) => $"helpful:Review:{reviewId}:by:{voterId}";

    public async Task<int> ExecuteAsync(int reviewId, bool helpful, int voterId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId && !r.IsDeleted, ct) ?? throw DomainException.NotFound("PostNotFound");
        if (review.AuthorId == voterId) throw new DomainException("CannotVoteOwnPost");
        var existing = await db.ReviewVotes.FirstOrDefaultAsync(v => v.ReviewId == reviewId && v.VoterId == voterId, ct);
        if (helpful == existing is not null) return review.HelpfulCount;

        if (helpful)
        {
            db.ReviewVotes.Add(new ReviewVote { ReviewId = reviewId, VoterId = voterId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            review.HelpfulCount++;
            await db.SaveChangesAsync(ct);
            await ledger.AwardAsync(review.AuthorId, ReputationReason.ReviewHelpful, Source(reviewId, voterId), Content.PostKind.Review, reviewId, voterId, ct);
        }
        else
        {
            db.ReviewVotes.Remove(existing!);
            review.HelpfulCount--;
            await db.SaveChangesAsync(ct);
            await ledger.ReverseAsync(Source(reviewId, voterId), ct);
        }
        db.Events.Raise(new Products.ProductChanged(review.ProductId));
        await transaction.CommitAsync(ct);
        return review.HelpfulCount;
    }
}
