using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Reviews;

/// <summary>The brand team's official answer under a review (one per review; answering again replaces it), audited.</summary>
public sealed class RespondToReview(CommunityDbContext db, MarkdownRenderer renderer, AuditLog audit, TimeProvider clock)
{
    public const int MaxLength = 3000;

    public async Task ExecuteAsync(int reviewId, string? response, int staffId, CancellationToken ct = default)
    {
        var text = (response ?? "").Trim();
        if (text.Length is < 2 or > MaxLength) throw new DomainException("BrandResponseLength");
        var html = renderer.Render(text).Html;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId && !r.IsDeleted, ct) ?? throw DomainException.NotFound("PostNotFound");
        var before = review.BrandResponse;
        review.BrandResponse = text;
        review.BrandResponseHtml = html;
        review.BrandResponderId = staffId;
        review.BrandRespondedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "review.respond", $"review:{reviewId}", before, text, ct);
        db.Events.Raise(new Products.ProductChanged(review.ProductId));
        await transaction.CommitAsync(ct);
    }
}
