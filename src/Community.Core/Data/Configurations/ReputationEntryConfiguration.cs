using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class ReputationEntryConfiguration : IEntityTypeConfiguration<ReputationEntry>
{
    public void Configure(EntityTypeBuilder<ReputationEntry> entry)
    {
        entry.Property(e => e.Reason).HasConversion<string>().HasMaxLength(40);
        entry.Property(e => e.Source).HasMaxLength(100).IsRequired();
        entry.HasIndex(e => new { e.MemberId, e.CreatedAt });
        entry.HasIndex(e => e.Source);
        entry.HasIndex(e => new { e.PostKind, e.PostId });
        entry.HasIndex(e => e.CreatedAt);
        // An entry can be reversed once; the database refuses a second reversal even under a race.
        entry.HasIndex(e => e.ReversesEntryId).IsUnique();
        entry.HasOne<Members.Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
