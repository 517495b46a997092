using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Community.Core.Audit;

namespace Community.Core.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(40).IsRequired();
        entry.Property(e => e.Subject).HasMaxLength(100).IsRequired();
        entry.Property(e => e.Before).HasMaxLength(AuditLog.TextMax * 2);
        entry.Property(e => e.After).HasMaxLength(AuditLog.TextMax * 2);
        entry.HasIndex(e => e.CreatedAt);
        entry.HasIndex(e => new { e.Action, e.CreatedAt });
        entry.HasIndex(e => new { e.ActorId, e.CreatedAt });
    }
}
