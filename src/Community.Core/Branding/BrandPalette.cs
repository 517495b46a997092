namespace Community.Core.Branding;

/// <summary>One pair of colours the theme puts together, and whether it reads: WCAG AA asks 4.5:1 for text, 3:1 for focus rings and icons.</summary>
public sealed record ContrastCheck(string Theme, string Role, Rgb Foreground, Rgb Background, double Minimum)
{
    public double Ratio => Rgb.Contrast(Foreground, Background);
    public bool Passes => Ratio >= Minimum;
}

/// <summary>
/// Everything the light and dark themes draw in the brand's colours, derived from its primary and accent. Each derived
/// colour is moved (towards black or white, whichever needs the smaller step, so the hue stays recognisable) until it keeps
/// its contrast against every surface it is drawn on — computed here, not hoped for: a pale yellow primary comes out as a
/// darker gold on buttons rather than white text nobody can read. <see cref="Checks"/> lists every pair, for the brand page
/// and the tests.
/// </summary>
public sealed class BrandPalette
{
    public const double Text = 4.5;
    public const double Graphic = 3.0;

    // The fixed surfaces of our own design (site.css): pages, cards, the search highlight, body text.
    public static readonly Rgb LightCanvas = Rgb.Parse("#f4f6fb"), LightSurface = Rgb.White, LightMark = Rgb.Parse("#fff3b0"), LightBodyText = Rgb.Parse("#212529");
    public static readonly Rgb DarkCanvas = Rgb.Parse("#0f131a"), DarkSurface = Rgb.Parse("#171c26"), DarkRaised = Rgb.Parse("#232a38"),
        DarkTertiary = Rgb.Parse("#1d2330"), DarkMark = Rgb.Parse("#453800"), DarkBodyText = Rgb.Parse("#dee2e6");

    public Rgb BrandPrimary { get; }
    public Rgb BrandAccent { get; }
    public ThemeColors Light { get; }
    public ThemeColors Dark { get; }
    public IReadOnlyList<ContrastCheck> Checks { get; }

    public BrandPalette(Rgb primary, Rgb accent)
    {
        (BrandPrimary, BrandAccent) = (primary, accent);
        Light = DeriveLight(primary, accent);
        Dark = DeriveDark(primary, accent);
        Checks = [.. ChecksFor("light", Light, [LightSurface, LightCanvas], LightMark, LightBodyText),
            .. ChecksFor("dark", Dark, [DarkSurface, DarkCanvas, DarkRaised, DarkTertiary], DarkMark, DarkBodyText)];
    }

    /// <summary>True when the primary had to change for white button text to read (the brand page says so).</summary>
    public bool PrimaryAdjusted => Light.Primary != BrandPrimary;

    private static ThemeColors DeriveLight(Rgb primary, Rgb accent)
    {
        var surfaces = new[] { LightSurface, LightCanvas };
        var navHover = primary.Mix(Rgb.White, 0.9);
        var tagBackground = primary.Mix(Rgb.White, 0.88);
        var tagHover = primary.Mix(Rgb.White, 0.8);
        var button = Readable(primary, Text, Rgb.White);
        var link = Readable(primary, Text, [.. surfaces, navHover, LightMark]);
        return new ThemeColors
        {
            Primary = button,
            PrimaryHover = Readable(button.Mix(Rgb.Black, 0.12), Text, Rgb.White),
            Link = link,
            LinkHover = Readable(link.Mix(Rgb.Black, 0.18), Text, surfaces),
            TextEmphasis = Readable(primary.Mix(Rgb.Black, 0.45), Text, [tagBackground, .. surfaces]),
            TagBackground = tagBackground,
            TagHover = tagHover,
            TagText = Readable(primary.Mix(Rgb.Black, 0.15), Text, tagBackground, tagHover),
            NavHover = navHover,
            SubtleBorder = primary.Mix(Rgb.White, 0.65),
            Focus = Readable(primary, Graphic, [.. surfaces, navHover]),
            HeroStart = Readable(primary.Mix(Rgb.White, 0.9), Text, LightBodyText),
            HeroEnd = Readable(accent.Mix(Rgb.White, 0.9), Text, LightBodyText),
            MarkStart = button,
            MarkEnd = Readable(accent, Graphic, Rgb.White),
        };
    }

    private static ThemeColors DeriveDark(Rgb primary, Rgb accent)
    {
        var surfaces = new[] { DarkSurface, DarkCanvas, DarkRaised, DarkTertiary };
        var navHover = primary.Mix(DarkSurface, 0.82);
        var tagBackground = primary.Mix(DarkSurface, 0.72);
        var tagHover = primary.Mix(DarkSurface, 0.62);
        var button = Readable(primary, Text, Rgb.White);
        var link = Readable(primary.Mix(Rgb.White, 0.45), Text, [.. surfaces, navHover, DarkMark]);
        return new ThemeColors
        {
            Primary = button,
            PrimaryHover = Readable(button.Mix(Rgb.Black, 0.12), Text, Rgb.White),
            Link = link,
            LinkHover = Readable(link.Mix(Rgb.White, 0.35), Text, surfaces),
            TextEmphasis = Readable(primary.Mix(Rgb.White, 0.65), Text, [tagBackground, .. surfaces]),
            TagBackground = tagBackground,
            TagHover = tagHover,
            TagText = Readable(primary.Mix(Rgb.White, 0.6), Text, tagBackground, tagHover),
            NavHover = navHover,
            SubtleBorder = primary.Mix(DarkSurface, 0.45),
            Focus = Readable(link, Graphic, [.. surfaces, navHover]),
            HeroStart = Readable(primary.Mix(DarkCanvas, 0.8), Text, DarkBodyText),
            HeroEnd = Readable(accent.Mix(DarkCanvas, 0.8), Text, DarkBodyText),
            MarkStart = button,
            MarkEnd = Readable(accent, Graphic, Rgb.White),
        };
    }

    private static IEnumerable<ContrastCheck> ChecksFor(string theme, ThemeColors c, Rgb[] surfaces, Rgb mark, Rgb bodyText)
    {
        yield return new(theme, "ButtonText", Rgb.White, c.Primary, Text);
        yield return new(theme, "ButtonTextHover", Rgb.White, c.PrimaryHover, Text);
        foreach (var surface in surfaces.Append(c.NavHover).Append(mark)) yield return new(theme, "Link", c.Link, surface, Text);
        foreach (var surface in surfaces) yield return new(theme, "LinkHover", c.LinkHover, surface, Text);
        foreach (var surface in surfaces.Append(c.TagBackground)) yield return new(theme, "TextEmphasis", c.TextEmphasis, surface, Text);
        yield return new(theme, "Tag", c.TagText, c.TagBackground, Text);
        yield return new(theme, "TagHover", c.TagText, c.TagHover, Text);
        foreach (var surface in surfaces.Append(c.NavHover)) yield return new(theme, "FocusRing", c.Focus, surface, Graphic);
        yield return new(theme, "HeroText", bodyText, c.HeroStart, Text);
        yield return new(theme, "HeroText", bodyText, c.HeroEnd, Text);
        // Bootstrap's secondary text is the body colour at 75 % opacity: what shows is that blend over the band.
        foreach (var hero in new[] { c.HeroStart, c.HeroEnd }) yield return new(theme, "HeroSecondaryText", hero.Mix(bodyText, 0.75), hero, Text);
        yield return new(theme, "LogoMark", Rgb.White, c.MarkStart, Graphic);
        yield return new(theme, "LogoMark", Rgb.White, c.MarkEnd, Graphic);
    }

    /// <summary>
    /// The colour itself if it already keeps <paramref name="minimum"/> against every background; otherwise the smallest step
    /// towards black or towards white that does (1 % at a time). Pure black or white ends the search if nothing nearer does.
    /// </summary>
    public static Rgb Readable(Rgb color, double minimum, params Rgb[] backgrounds)
    {
        if (Reads(color)) return color;
        for (var step = 1; step <= 100; step++)
        {
            var darker = color.Mix(Rgb.Black, step / 100.0);
            var lighter = color.Mix(Rgb.White, step / 100.0);
            var (darkOk, lightOk) = (Reads(darker), Reads(lighter));
            if (darkOk && lightOk) return WorstContrast(darker) >= WorstContrast(lighter) ? darker : lighter;
            if (darkOk) return darker;
            if (lightOk) return lighter;
        }
        return WorstContrast(Rgb.Black) >= WorstContrast(Rgb.White) ? Rgb.Black : Rgb.White;

        bool Reads(Rgb candidate) => WorstContrast(candidate) >= minimum;
        double WorstContrast(Rgb candidate) => backgrounds.Min(b => Rgb.Contrast(candidate, b));
    }
}
