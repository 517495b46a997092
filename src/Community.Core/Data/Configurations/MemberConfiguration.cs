using Community.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.Property(m => m.DisplayName).HasMaxLength(64).IsRequired();
        member.Property(m => m.DisplayNameSkeleton).HasMaxLength(128).IsRequired();
        member.HasIndex(m => m.DisplayNameSkeleton).IsUnique();
        member.Property(m => m.PreferredCulture).HasMaxLength(8);
        member.Property(m => m.Theme).HasConversion<string>().HasMaxLength(8);
        member.HasIndex(m => m.ManagerId);
        // New members per period (health) and the finder's "newest" sort.
        member.HasIndex(m => m.JoinedAt);
        // The member stays if their manager's account goes; they just have no manager any more.
        member.HasOne<Member>().WithMany().HasForeignKey(m => m.ManagerId).OnDelete(DeleteBehavior.SetNull);
    }
}
