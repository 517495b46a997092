using Community.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Kind).HasMaxLength(20).IsRequired();
        notification.Property(n => n.Argument).HasMaxLength(400);
        notification.Property(n => n.Url).HasMaxLength(300);
        notification.HasIndex(n => new { n.MemberId, n.ReadAt, n.CreatedAt });
        notification.HasOne<Members.Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
