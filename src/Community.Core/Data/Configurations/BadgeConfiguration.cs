using Community.Core.Badges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class MemberBadgeConfiguration : IEntityTypeConfiguration<MemberBadge>
{
    public void Configure(EntityTypeBuilder<MemberBadge> badge)
    {
        badge.Property(b => b.BadgeKey).HasMaxLength(40).IsRequired();
        badge.Property(b => b.Subject).HasMaxLength(100).IsRequired();
        badge.HasIndex(b => new { b.MemberId, b.BadgeKey, b.Subject }).IsUnique();
        badge.HasIndex(b => new { b.BadgeKey, b.AwardedAt });
        badge.HasOne<Members.Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class MemberVisitConfiguration : IEntityTypeConfiguration<MemberVisit>
{
    public void Configure(EntityTypeBuilder<MemberVisit> visit)
    {
        visit.HasKey(v => new { v.MemberId, v.Day });
        // Daily, weekly and monthly active members on the health page count by day.
        visit.HasIndex(v => v.Day);
        visit.HasOne<Members.Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
