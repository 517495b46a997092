using Community.Core.BrandTeam;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class SpotlightConfiguration : IEntityTypeConfiguration<Spotlight>
{
    public void Configure(EntityTypeBuilder<Spotlight> spotlight)
    {
        spotlight.Property(s => s.Message).HasMaxLength(Spotlight.MessageMax * 2).IsRequired();
        spotlight.Property(s => s.MessageKo).HasMaxLength(Spotlight.MessageMax * 2).HasDefaultValue("");
        spotlight.HasIndex(s => s.CreatedAt);
        spotlight.HasOne<Members.Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
