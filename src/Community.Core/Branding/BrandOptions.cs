namespace Community.Core.Branding;

/// <summary>A text the brand gives in both interface languages; empty means our own words from the resource files.</summary>
public sealed class BrandText
{
    public string En { get; set; } = "";
    public string Ko { get; set; } = "";

    public string For(string language) => language == "ko" ? Ko : En;
}

/// <summary>
/// The <c>Brand</c> section of appsettings.json: how the community looks before the brand team changes anything on
/// /brand/look (what they save there wins). Colours are <c>#rrggbb</c>; the themes derive every other colour from them.
/// </summary>
public sealed class BrandOptions
{
    public const string Section = "Brand";
    public const string DefaultPrimary = "#3b5bdb";
    public const string DefaultAccent = "#7048e8";

    public BrandText Name { get; set; } = new();
    public BrandText HeroTitle { get; set; } = new();
    public BrandText HeroLead { get; set; } = new();
    public string PrimaryColor { get; set; } = DefaultPrimary;
    public string AccentColor { get; set; } = DefaultAccent;
}
