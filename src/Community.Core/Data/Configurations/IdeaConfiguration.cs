using Community.Core.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> idea)
    {
        idea.Property(i => i.Title).HasMaxLength(Idea.TitleMax * 2).IsRequired();
        idea.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        idea.Property(i => i.ReleaseNoteUrl).HasMaxLength(500);
        idea.Property(i => i.WeightedVotes).HasConversion<double>();
        idea.HasOne(i => i.Author).WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.Restrict);
        idea.HasOne(i => i.Product).WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.SetNull);
        idea.HasOne<Idea>().WithMany().HasForeignKey(i => i.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        // Lists sort by these; each leads with its sort column (EF writes filters as NOT(...)).
        idea.HasIndex(i => i.CreatedAt);
        idea.HasIndex(i => i.VoteCount);
        idea.HasIndex(i => new { i.Status, i.StatusChangedAt });
        idea.HasIndex(i => i.DeliveredAt);
        idea.HasIndex(i => new { i.AuthorId, i.SubmissionId }).IsUnique();
        idea.HasIndex(i => i.DuplicateOfId);
    }
}

public class IdeaVoteConfiguration : IEntityTypeConfiguration<IdeaVote>
{
    public void Configure(EntityTypeBuilder<IdeaVote> vote)
    {
        vote.HasKey(v => new { v.IdeaId, v.VoterId });
        vote.Property(v => v.Weight).HasConversion<double>();
        vote.HasIndex(v => new { v.CreatedAt, v.IdeaId });
        vote.HasOne<Idea>().WithMany().HasForeignKey(v => v.IdeaId).OnDelete(DeleteBehavior.Cascade);
        vote.HasOne<Members.Member>().WithMany().HasForeignKey(v => v.VoterId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IdeaFollowerConfiguration : IEntityTypeConfiguration<IdeaFollower>
{
    public void Configure(EntityTypeBuilder<IdeaFollower> follower)
    {
        follower.HasKey(f => new { f.IdeaId, f.MemberId });
        follower.HasOne<Idea>().WithMany().HasForeignKey(f => f.IdeaId).OnDelete(DeleteBehavior.Cascade);
        follower.HasOne<Members.Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IdeaCommentConfiguration : IEntityTypeConfiguration<IdeaComment>
{
    public void Configure(EntityTypeBuilder<IdeaComment> comment)
    {
        comment.HasIndex(c => new { c.IdeaId, c.CreatedAt });
        comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<Idea>().WithMany().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IdeaStatusChangeConfiguration : IEntityTypeConfiguration<IdeaStatusChange>
{
    public void Configure(EntityTypeBuilder<IdeaStatusChange> change)
    {
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        change.HasIndex(c => new { c.IdeaId, c.CreatedAt });
        change.HasOne(c => c.ChangedBy).WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.Restrict);
        change.HasOne<Idea>().WithMany().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
