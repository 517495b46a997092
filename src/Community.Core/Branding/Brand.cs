namespace Community.Core.Branding;

/// <summary>How the community looks right now: the brand team's saved look, else appsettings' <c>Brand</c> section.</summary>
public sealed record Brand(BrandText Name, BrandText HeroTitle, BrandText HeroLead, Rgb Primary, Rgb Accent, Guid? LogoId, Guid? FaviconId, DateTime? ChangedAt)
{
    /// <summary>Changes whenever anything drawn changes, so the stylesheet and share card URLs can be cached for good.</summary>
    public string Version { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\n', Name.En, Name.Ko, Primary.Hex, Accent.Hex, LogoId, FaviconId))))[..12];

    public BrandPalette Palette { get; } = new(Primary, Accent);
}
