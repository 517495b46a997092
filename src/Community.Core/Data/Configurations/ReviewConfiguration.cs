using Community.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class ReviewVoteConfiguration : IEntityTypeConfiguration<ReviewVote>
{
    public void Configure(EntityTypeBuilder<ReviewVote> vote)
    {
        vote.HasKey(v => new { v.ReviewId, v.VoterId });
        vote.HasOne<Review>().WithMany().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<Members.Member>().WithMany().HasForeignKey(v => v.VoterId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class VerifiedOwnerConfiguration : IEntityTypeConfiguration<VerifiedOwner>
{
    public void Configure(EntityTypeBuilder<VerifiedOwner> owner)
    {
        owner.HasKey(o => new { o.ProductId, o.MemberId });
        owner.HasOne<Products.Product>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Cascade);
        owner.HasOne<Members.Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.Property(r => r.Title).HasMaxLength(Review.TitleMax * 2).IsRequired();
        review.Property(r => r.Pros).HasMaxLength(Review.ListMax * 2);
        review.Property(r => r.Cons).HasMaxLength(Review.ListMax * 2);
        // One review per member and product, whatever races the form.
        review.HasIndex(r => new { r.ProductId, r.AuthorId }).IsUnique();
        review.HasIndex(r => new { r.ProductId, r.CreatedAt });
        review.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne<Products.Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        review.ToTable(t => t.HasCheckConstraint("CK_Reviews_Rating", "Rating BETWEEN 1 AND 5"));
    }
}
