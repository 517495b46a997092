using System.Globalization;
using Community.Core.Branding;
using Microsoft.Extensions.Localization;

namespace Community.Web.Branding;

/// <summary>The brand as one page shows it, in the reader's language: the brand's words where it gave them, ours otherwise.</summary>
public sealed record BrandView(string Name, string HeroTitle, string HeroLead, string? LogoUrl, string? FaviconUrl, string StylesheetUrl, string ShareCardUrl)
{
    /// <param name="culture">The language to show it in; the reader's when not given (the share card draws both).</param>
    public static BrandView For(Brand brand, IStringLocalizer text, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        string Words(BrandText given, string ours) => given.For(culture.TwoLetterISOLanguageName) is { Length: > 0 } words ? words : Ours(ours);
        string Ours(string key)
        {
            var reader = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try { return text[key].Value; }
            finally { CultureInfo.CurrentUICulture = reader; }
        }
        return new BrandView(
            Words(brand.Name, "SiteName"), Words(brand.HeroTitle, "HeroTitle"), Words(brand.HeroLead, "HeroLead"),
            brand.LogoId is { } logo ? $"/uploads/{logo}" : null,
            brand.FaviconId is { } favicon ? $"/uploads/{favicon}" : null,
            $"{BrandStylesheet.Path}?v={brand.Version}", $"{Sharing.ShareCard.Path}?v={brand.Version}");
    }
}

/// <summary>Gives pages the <see cref="BrandView"/> for their request.</summary>
public sealed class BrandPresenter(CurrentBrand current, IStringLocalizer<SharedResource> text)
{
    public async ValueTask<BrandView> ViewAsync(CancellationToken ct = default) => BrandView.For(await current.GetAsync(ct), text);
}
