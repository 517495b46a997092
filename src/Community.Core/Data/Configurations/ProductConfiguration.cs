using Community.Core.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Community.Core.Data.Configurations;

public class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.Property(p => p.Name).HasMaxLength(100).IsRequired();
        product.Property(p => p.Slug).HasMaxLength(100).IsRequired();
        product.Property(p => p.Description).HasMaxLength(2000);
        product.Property(p => p.Category).HasMaxLength(100);
        product.HasIndex(p => p.Slug).IsUnique();
    }
}

public class UploadConfiguration : IEntityTypeConfiguration<Uploads.Upload>
{
    public void Configure(EntityTypeBuilder<Uploads.Upload> upload)
    {
        upload.Property(u => u.Purpose).HasMaxLength(20);
        upload.Property(u => u.ContentType).HasMaxLength(50);
        upload.HasIndex(u => new { u.OwnerId, u.CreatedAt });
        upload.HasOne<Members.Member>().WithMany().HasForeignKey(u => u.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
