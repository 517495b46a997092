using System.Text.Json;
using Community.Core.Audit;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Branding;

/// <summary>What the brand page sends. A null image keeps the current one; <c>Remove…</c> goes back to our own mark.</summary>
public sealed record BrandLookInput(
    string? NameEn, string? NameKo, string? HeroTitleEn, string? HeroTitleKo, string? HeroLeadEn, string? HeroLeadKo,
    string? PrimaryColor, string? AccentColor, Guid? LogoId = null, bool RemoveLogo = false, Guid? FaviconId = null, bool RemoveFavicon = false);

/// <summary>
/// The brand team changes the community's name, welcome text, colours, logo or favicon. Audited with the look before and
/// after; every page shows the new look at once (<see cref="BrandLookChanged"/>).
/// </summary>
public sealed class ChangeBrandLook(CommunityDbContext db, BrandLooks looks, AuditLog audit, TimeProvider clock)
{
    public async Task<Brand> ExecuteAsync(BrandLookInput input, int actorId, CancellationToken ct = default)
    {
        Check(input);
        var (primary, accent) = Colours(input);
        var names = (Text(input.NameEn, BrandLook.NameMax, "BrandNameLength"), Text(input.NameKo, BrandLook.NameMax, "BrandNameLength"));
        var titles = (Text(input.HeroTitleEn, BrandLook.HeroTitleMax, "BrandHeroTitleLength"), Text(input.HeroTitleKo, BrandLook.HeroTitleMax, "BrandHeroTitleLength"));
        var leads = (Text(input.HeroLeadEn, BrandLook.HeroLeadMax, "BrandHeroLeadLength"), Text(input.HeroLeadKo, BrandLook.HeroLeadMax, "BrandHeroLeadLength"));
        foreach (var image in new[] { input.LogoId, input.FaviconId })
            if (image is { } id && !await db.Uploads.AnyAsync(u => u.Id == id && u.Purpose == "brand", ct)) throw new DomainException("UploadNotAnImage");

        var before = await looks.CurrentAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var look = await db.BrandLooks.FirstOrDefaultAsync(l => l.Id == BrandLook.SingleId, ct);
        if (look is null)
        {
            look = new BrandLook { LogoId = before.LogoId, FaviconId = before.FaviconId };
            db.BrandLooks.Add(look);
        }
        (look.NameEn, look.NameKo) = names;
        (look.HeroTitleEn, look.HeroTitleKo) = titles;
        (look.HeroLeadEn, look.HeroLeadKo) = leads;
        (look.PrimaryColor, look.AccentColor) = (primary.Hex, accent.Hex);
        look.LogoId = input.RemoveLogo ? null : input.LogoId ?? look.LogoId;
        look.FaviconId = input.RemoveFavicon ? null : input.FaviconId ?? look.FaviconId;
        (look.ChangedById, look.ChangedAt) = (actorId, clock.GetUtcNow().UtcDateTime);
        db.Events.Raise(new BrandLookChanged());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actorId, "brand.look", "brand", Summary(before), Summary(look), ct);
        await transaction.CommitAsync(ct);
        return await looks.CurrentAsync(ct);
    }

    /// <summary>Refuses what <see cref="ExecuteAsync"/> would, before anything is stored (the page calls it before keeping uploaded images).</summary>
    public static void Check(BrandLookInput input)
    {
        Colours(input);
        foreach (var name in new[] { input.NameEn, input.NameKo }) Text(name, BrandLook.NameMax, "BrandNameLength");
        foreach (var title in new[] { input.HeroTitleEn, input.HeroTitleKo }) Text(title, BrandLook.HeroTitleMax, "BrandHeroTitleLength");
        foreach (var lead in new[] { input.HeroLeadEn, input.HeroLeadKo }) Text(lead, BrandLook.HeroLeadMax, "BrandHeroLeadLength");
    }

    public static (Rgb Primary, Rgb Accent) Colours(BrandLookInput input) =>
        (Colour(input.PrimaryColor, "BrandPrimaryColorFormat"), Colour(input.AccentColor, "BrandAccentColorFormat"));

    private static Rgb Colour(string? text, string refusal) =>
        Rgb.TryParse(text, out var colour) ? colour : throw new DomainException(refusal, text ?? "");

    private static string Text(string? text, int max, string refusal)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > max) throw new DomainException(refusal, max);
        if (trimmed.Any(char.IsControl)) throw new DomainException("BrandTextControl");
        return trimmed;
    }

    /// <summary>Korean names stay readable in the audit log rather than becoming \uXXXX escapes.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static string Summary(Brand b) => JsonSerializer.Serialize(new
    {
        name = new { en = b.Name.En, ko = b.Name.Ko }, primary = b.Primary.Hex, accent = b.Accent.Hex, logo = b.LogoId, favicon = b.FaviconId,
        heroTitle = new { en = b.HeroTitle.En, ko = b.HeroTitle.Ko },
    }, Readable);

    private static string Summary(BrandLook l) => JsonSerializer.Serialize(new
    {
        name = new { en = l.NameEn, ko = l.NameKo }, primary = l.PrimaryColor, accent = l.AccentColor, logo = l.LogoId, favicon = l.FaviconId,
        heroTitle = new { en = l.HeroTitleEn, ko = l.HeroTitleKo },
    }, Readable);
}
