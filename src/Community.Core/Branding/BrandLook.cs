namespace Community.Core.Branding;

/// <summary>
/// The look the brand team set on /brand/look: one row, absent until they first save. Empty texts mean our own words;
/// logo and favicon are uploads (re-encoded like every image).
/// </summary>
public class BrandLook
{
    public const int SingleId = 1;
    public const int NameMax = 60;
    public const int HeroTitleMax = 120;
    public const int HeroLeadMax = 300;

    public int Id { get; internal set; } = SingleId;
    public string NameEn { get; internal set; } = "";
    public string NameKo { get; internal set; } = "";
    public string HeroTitleEn { get; internal set; } = "";
    public string HeroTitleKo { get; internal set; } = "";
    public string HeroLeadEn { get; internal set; } = "";
    public string HeroLeadKo { get; internal set; } = "";
    public string PrimaryColor { get; internal set; } = BrandOptions.DefaultPrimary;
    public string AccentColor { get; internal set; } = BrandOptions.DefaultAccent;
    public Guid? LogoId { get; internal set; }
    public Guid? FaviconId { get; internal set; }
    public int? ChangedById { get; internal set; }
    public DateTime? ChangedAt { get; internal set; }
}
