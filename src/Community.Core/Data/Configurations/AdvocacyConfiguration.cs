using Community.Core.Advocacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class AdvocateStandingConfiguration : IEntityTypeConfiguration<AdvocateStanding>
{
    public void Configure(EntityTypeBuilder<AdvocateStanding> standing)
    {
        standing.HasKey(s => s.MemberId);
        standing.Property(s => s.MemberId).ValueGeneratedNever();
        standing.Property(s => s.PartsJson).HasMaxLength(2000).IsRequired();
        standing.Property(s => s.WeeklyJson).HasMaxLength(500).IsRequired();
        // The finder's sorts and the ladder's and care pages' filters.
        standing.HasIndex(s => s.Score);
        standing.HasIndex(s => s.Momentum);
        standing.HasIndex(s => new { s.Stage, s.Score });
        standing.HasIndex(s => new { s.Risk, s.Score });
        standing.HasIndex(s => s.LastContributedAt);
        standing.HasIndex(s => s.LastActiveAt);
        standing.HasIndex(s => new { s.Trend, s.Momentum });
        standing.HasOne<Members.Member>().WithOne().HasForeignKey<AdvocateStanding>(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> change)
    {
        change.HasIndex(c => c.At);
        change.HasIndex(c => new { c.MemberId, c.At });
        change.HasOne<Members.Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AdvocateTopicConfiguration : IEntityTypeConfiguration<AdvocateTopic>
{
    public void Configure(EntityTypeBuilder<AdvocateTopic> topic)
    {
        topic.HasKey(t => new { t.MemberId, t.Kind, t.TopicId });
        topic.HasIndex(t => new { t.Kind, t.TopicId, t.Answers });
        topic.HasOne<Members.Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReengagementConfiguration : IEntityTypeConfiguration<Reengagement>
{
    public void Configure(EntityTypeBuilder<Reengagement> attempt)
    {
        attempt.HasIndex(a => new { a.MemberId, a.At });
        attempt.HasIndex(a => new { a.Settled, a.At });
        attempt.HasOne<Members.Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AnonymousVisitDayConfiguration : IEntityTypeConfiguration<AnonymousVisitDay>
{
    public void Configure(EntityTypeBuilder<AnonymousVisitDay> day) => day.HasKey(d => d.Day);
}

public class SearchMissConfiguration : IEntityTypeConfiguration<Search.SearchMiss>
{
    public void Configure(EntityTypeBuilder<Search.SearchMiss> miss)
    {
        miss.HasKey(m => new { m.Day, m.Term });
        miss.Property(m => m.Term).HasMaxLength(Search.SearchMiss.TermMax);
    }
}
