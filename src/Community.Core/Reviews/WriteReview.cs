using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Reviews;

public sealed record ReviewInput(int Rating, string? Title, string? Body, string? Pros, string? Cons);

/// <summary>
/// Publishes a member's review of a product, or updates it: a member has one review per product and
/// every version is kept as a revision.
/// </summary>
public sealed class WriteReview(CommunityDbContext db, MarkdownRenderer renderer, Reputation.ReputationLedger ledger, TimeProvider clock)
{
    public async Task<Review> ExecuteAsync(int productId, ReviewInput input, int authorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        if (input.Rating is < 1 or > 5) throw new DomainException("ReviewRatingRange");
        var title = (input.Title ?? "").Trim();
        if (title.Length is < Review.TitleMin or > Review.TitleMax) throw new DomainException("ReviewTitleLength");
        var body = (input.Body ?? "").Trim();
        if (body.Length is < Review.BodyMin or > Review.BodyMax) throw new DomainException("ReviewBodyLength");
        var rendered = renderer.Render(body);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct)) throw new DomainException("ProductUnknown");
        var now = clock.GetUtcNow().UtcDateTime;
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.ProductId == productId && r.AuthorId == authorId, ct);
        if (review is null)
        {
            review = new Review { ProductId = productId, AuthorId = authorId, CreatedAt = now };
            db.Reviews.Add(review);
        }
        else
        {
            review.EditedAt = now;
            review.IsDeleted = false;
        }
        review.Rating = input.Rating;
        review.Title = title;
        review.BodyMarkdown = body;
        review.BodyHtml = rendered.Html;
        review.Pros = Clip(input.Pros);
        review.Cons = Clip(input.Cons);
        await db.SaveChangesAsync(ct);

        var number = await db.PostRevisions.Where(r => r.PostKind == PostKind.Review && r.PostId == review.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Review, PostId = review.Id, Number = number + 1, Title = $"{review.Rating}★ {title}", BodyMarkdown = body, EditorId = authorId, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        // Written once pays once: editing the review later earns nothing more.
        await ledger.AwardOnceAsync(authorId, Reputation.ReputationReason.ReviewWritten, $"review:written:{review.Id}", PostKind.Review, review.Id, ct: ct);
        db.Events.Raise(new Products.ProductChanged(productId));
        await transaction.CommitAsync(ct);
        return review;
    }

    private static string? Clip(string? text) => (text ?? "").Trim() is { Length: > 0 } t ? t[..Math.Min(Review.ListMax, t.Length)] : null;
}
