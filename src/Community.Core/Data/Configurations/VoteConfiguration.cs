using Community.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> vote)
    {
        // The database, not the page, guarantees one vote per member per post, even under a double-click race.
        vote.HasIndex(v => new { v.VoterId, v.PostKind, v.PostId }).IsUnique();
        vote.HasIndex(v => new { v.PostKind, v.PostId });
    }
}
