using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(TagNames.MaxLength * 2).IsRequired();
        tag.HasIndex(t => t.Name).IsUnique();
        tag.HasIndex(t => t.QuestionCount);
    }
}
