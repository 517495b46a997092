using Community.Core.BrandTeam;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> segment)
    {
        segment.Property(s => s.Name).HasMaxLength(Segment.NameMax).IsRequired();
        segment.HasIndex(s => s.Name).IsUnique();
    }
}

public class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> member)
    {
        member.HasKey(m => new { m.SegmentId, m.MemberId });
        member.HasIndex(m => m.MemberId);
        member.HasOne<Segment>().WithMany().HasForeignKey(m => m.SegmentId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Members.Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class BrandMessageConfiguration : IEntityTypeConfiguration<BrandMessage>
{
    public void Configure(EntityTypeBuilder<BrandMessage> message)
    {
        message.Property(m => m.Text).HasMaxLength(BrandMessage.TextMax).IsRequired();
        message.HasIndex(m => new { m.MemberId, m.SentAt });
        message.HasOne<Members.Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
