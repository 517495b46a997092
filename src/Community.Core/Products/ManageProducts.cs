using System.Text.RegularExpressions;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Products;

public sealed record ProductInput(string? Name, string? Slug, string? Description, string? Category, Guid? ImageId);

/// <summary>The brand team's product catalogue: add and edit products (audited). Slugs are lowercase ASCII so links stay stable.</summary>
public sealed partial class ManageProducts(CommunityDbContext db, AuditLog audit)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public async Task<Product> SaveAsync(int? productId, ProductInput input, int staffId, CancellationToken ct = default)
    {
        var name = (input.Name ?? "").Trim();
        if (name.Length is < 2 or > 100) throw new DomainException("ProductNameLength");
        var slug = (input.Slug ?? "").Trim().ToLowerInvariant();
        if (slug.Length == 0) slug = Slugs.Slug.From(name);
        if (slug.Length is < 2 or > 100 || !SlugPattern().IsMatch(slug)) throw new DomainException("ProductSlugFormat");
        var description = (input.Description ?? "").Trim();
        if (description.Length > 2000) throw new DomainException("ProductDescriptionLength");
        var category = (input.Category ?? "").Trim();
        if (category.Length > 100) throw new DomainException("ProductCategoryLength");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var product = productId is { } id ? await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainException("ProductUnknown") : new Product();
        if (await db.Products.AnyAsync(p => p.Slug == slug && p.Id != product.Id, ct)) throw DomainException.Conflict("ProductSlugTaken", slug);
        if (input.ImageId is { } image && !await db.Uploads.AnyAsync(u => u.Id == image, ct)) throw new DomainException("UploadNotAnImage");
        var before = product.Id == 0 ? null : $"{product.Name} ({product.Slug})";
        product.Name = name;
        product.Slug = slug;
        product.Description = description;
        product.Category = category;
        product.ImageId = input.ImageId ?? product.ImageId;
        if (product.Id == 0) db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, before is null ? "product.create" : "product.update", $"product:{product.Id}", before, $"{name} ({slug})", ct);
        await transaction.CommitAsync(ct);
        return product;
    }
}
