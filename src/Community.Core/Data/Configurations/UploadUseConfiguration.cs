using Community.Core.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class UploadUseConfiguration : IEntityTypeConfiguration<UploadUse>
{
    public void Configure(EntityTypeBuilder<UploadUse> builder) =>
        // The serving check starts from the upload. Not unique: two edits of one post saved at the same moment may both
        // note the same use, and a harmless duplicate row beats refusing one of the edits.
        builder.HasIndex(u => new { u.UploadId, u.PostKind, u.PostId });
}
