using Community.Core.Rewards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class RewardItemConfiguration : IEntityTypeConfiguration<RewardItem>
{
    public void Configure(EntityTypeBuilder<RewardItem> item)
    {
        item.Property(i => i.Name).HasMaxLength(RewardItem.NameMax * 2).IsRequired();
        item.Property(i => i.NameKo).HasMaxLength(RewardItem.NameMax * 2).HasDefaultValue("");
        item.Property(i => i.Description).HasMaxLength(RewardItem.DescriptionMax * 2);
        item.Property(i => i.DescriptionKo).HasMaxLength(RewardItem.DescriptionMax * 2).HasDefaultValue("");
        item.ToTable(t => t.HasCheckConstraint("CK_RewardItems_Stock", "Stock >= 0"));
    }
}

public class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    public void Configure(EntityTypeBuilder<Redemption> redemption)
    {
        redemption.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        redemption.Property(r => r.Note).HasMaxLength(1000);
        redemption.HasOne(r => r.RewardItem).WithMany().HasForeignKey(r => r.RewardItemId).OnDelete(DeleteBehavior.Restrict);
        redemption.HasOne<Members.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        redemption.HasIndex(r => new { r.MemberId, r.RequestedAt });
        redemption.HasIndex(r => new { r.Status, r.RequestedAt });
    }
}
