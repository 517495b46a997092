using Community.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class EndedSessionConfiguration : IEntityTypeConfiguration<EndedSession>
{
    public void Configure(EntityTypeBuilder<EndedSession> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(32);
        // Old entries are dropped by age when the list is loaded at start.
        session.HasIndex(s => s.EndedAt);
    }
}
