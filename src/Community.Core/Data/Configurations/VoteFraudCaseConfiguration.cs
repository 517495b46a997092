using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class VoteFraudCaseConfiguration : IEntityTypeConfiguration<VoteFraudCase>
{
    public void Configure(EntityTypeBuilder<VoteFraudCase> fraudCase)
    {
        fraudCase.ToTable("VoteFraudCases");
        fraudCase.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        fraudCase.Property(c => c.MemberIds).HasMaxLength(400).IsRequired();
        fraudCase.Property(c => c.Fingerprint).HasMaxLength(64).IsRequired();
        fraudCase.Property(c => c.Evidence).IsRequired();
        fraudCase.Property(c => c.Outcome).HasMaxLength(VoteFraudCase.OutcomeMaxLength);
        fraudCase.Ignore(c => c.Members);
        fraudCase.Ignore(c => c.IsReviewed);
        // The database, not the scan, guarantees a finding is recorded once, even when two scans race.
        fraudCase.HasIndex(c => c.Fingerprint).IsUnique();
        fraudCase.HasIndex(c => new { c.Kind, c.MemberIds });
        fraudCase.HasIndex(c => c.DetectedAt);
        fraudCase.HasOne<Members.Member>().WithMany().HasForeignKey(c => c.ReviewedById).OnDelete(DeleteBehavior.Restrict);
    }
}
