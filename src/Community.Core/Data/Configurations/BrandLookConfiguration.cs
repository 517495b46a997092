using Community.Core.Branding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class BrandLookConfiguration : IEntityTypeConfiguration<BrandLook>
{
    public void Configure(EntityTypeBuilder<BrandLook> look)
    {
        look.Property(l => l.Id).ValueGeneratedNever();
        look.Property(l => l.NameEn).HasMaxLength(BrandLook.NameMax).IsRequired();
        look.Property(l => l.NameKo).HasMaxLength(BrandLook.NameMax).IsRequired();
        look.Property(l => l.HeroTitleEn).HasMaxLength(BrandLook.HeroTitleMax).IsRequired();
        look.Property(l => l.HeroTitleKo).HasMaxLength(BrandLook.HeroTitleMax).IsRequired();
        look.Property(l => l.HeroLeadEn).HasMaxLength(BrandLook.HeroLeadMax).IsRequired();
        look.Property(l => l.HeroLeadKo).HasMaxLength(BrandLook.HeroLeadMax).IsRequired();
        look.Property(l => l.PrimaryColor).HasMaxLength(7).IsRequired();
        look.Property(l => l.AccentColor).HasMaxLength(7).IsRequired();
    }
}
