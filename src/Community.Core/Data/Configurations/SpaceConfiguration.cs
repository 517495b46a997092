using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class SpaceConfiguration : IEntityTypeConfiguration<Space>
{
    public void Configure(EntityTypeBuilder<Space> space)
    {
        space.Property(s => s.Name).HasMaxLength(Space.NameMax * 2).IsRequired();
        space.Property(s => s.Slug).HasMaxLength(Space.NameMax * 2).IsRequired();
        space.Property(s => s.Description).HasMaxLength(1000);
        space.HasIndex(s => s.Slug).IsUnique();
    }
}

public class SpaceMemberConfiguration : IEntityTypeConfiguration<SpaceMember>
{
    public void Configure(EntityTypeBuilder<SpaceMember> member)
    {
        member.HasKey(m => new { m.SpaceId, m.MemberId });
        member.HasIndex(m => m.MemberId);
        member.HasOne<Space>().WithMany().HasForeignKey(m => m.SpaceId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Members.Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
