using Community.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Branding;

/// <summary>Reads the look in force: the saved row if the brand team ever saved one, otherwise the configured defaults.</summary>
public sealed class BrandLooks(CommunityDbContext db, IOptions<BrandOptions> options)
{
    public async Task<Brand> CurrentAsync(CancellationToken ct = default)
    {
        var saved = await db.BrandLooks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == BrandLook.SingleId, ct);
        return saved is null ? FromOptions(options.Value) : FromSaved(saved);
    }

    public static Brand FromOptions(BrandOptions o) => new(
        Trimmed(o.Name), Trimmed(o.HeroTitle), Trimmed(o.HeroLead),
        // A configured colour that does not parse falls back to ours rather than stopping the forum; /brand/look refuses it outright.
        Rgb.TryParse(o.PrimaryColor, out var primary) ? primary : Rgb.Parse(BrandOptions.DefaultPrimary),
        Rgb.TryParse(o.AccentColor, out var accent) ? accent : Rgb.Parse(BrandOptions.DefaultAccent),
        null, null, null);

    private static Brand FromSaved(BrandLook l) => new(
        new BrandText { En = l.NameEn, Ko = l.NameKo }, new BrandText { En = l.HeroTitleEn, Ko = l.HeroTitleKo },
        new BrandText { En = l.HeroLeadEn, Ko = l.HeroLeadKo }, Rgb.Parse(l.PrimaryColor), Rgb.Parse(l.AccentColor), l.LogoId, l.FaviconId, l.ChangedAt);

    private static BrandText Trimmed(BrandText? text) => new() { En = text?.En?.Trim() ?? "", Ko = text?.Ko?.Trim() ?? "" };
}
