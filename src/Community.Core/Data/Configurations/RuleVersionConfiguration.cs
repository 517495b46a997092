using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class RuleVersionConfiguration : IEntityTypeConfiguration<RuleVersion>
{
    public void Configure(EntityTypeBuilder<RuleVersion> rule)
    {
        rule.HasKey(r => r.Name);
        rule.Property(r => r.Name).HasMaxLength(64);
        rule.Property(r => r.Version).HasMaxLength(64);
    }
}
