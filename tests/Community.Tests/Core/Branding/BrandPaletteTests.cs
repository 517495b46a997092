using Community.Core.Branding;

namespace Community.Tests.Core.Branding;

public class BrandPaletteTests
{
    /// <summary>Our own colours, brand colours people pick, and ones that would be unreadable if used as given.</summary>
    public static TheoryData<string, string> Brands => new()
    {
        { "#3b5bdb", "#7048e8" },   // our default
        { "#ffe066", "#fab005" },   // pale yellow: white button text would be 1.3:1
        { "#ffffff", "#ffffff" },   // white on white
        { "#000000", "#000000" },   // black, unreadable on the dark theme
        { "#00ff00", "#ff00ff" },   // neon
        { "#e03131", "#1098ad" },
        { "#808080", "#777777" },   // mid grey: neither black nor white text is comfortable on it
        { "#0b1f3a", "#f8f9fa" },   // navy, near-white accent
    };

    [Theory]
    [MemberData(nameof(Brands))]
    public void Every_pair_a_theme_derives_keeps_WCAG_AA_contrast_in_light_and_dark(string primary, string accent)
    {
        var palette = new BrandPalette(Rgb.Parse(primary), Rgb.Parse(accent));

        var failing = palette.Checks.Where(c => !c.Passes).Select(c => $"{c.Theme} {c.Role}: {c.Foreground} on {c.Background} {c.Ratio:0.00} < {c.Minimum}").ToList();
        Assert.Empty(failing);
        Assert.Contains(palette.Checks, c => c.Theme == "light");
        Assert.Contains(palette.Checks, c => c.Theme == "dark");
    }

    [Fact]
    public void A_pale_yellow_primary_is_darkened_for_buttons_not_shown_unreadable()
    {
        var yellow = Rgb.Parse("#ffe066");
        var palette = new BrandPalette(yellow, Rgb.Parse("#fab005"));

        Assert.True(Rgb.Contrast(Rgb.White, yellow) < 1.5);
        Assert.True(palette.PrimaryAdjusted);
        Assert.True(Rgb.Contrast(Rgb.White, palette.Light.Primary) >= 4.5);
        // Still recognisably the brand's: a darker yellow (red above blue), not black.
        Assert.True(palette.Light.Primary.R > palette.Light.Primary.B + 40, palette.Light.Primary.Hex);
        Assert.NotEqual(Rgb.Black, palette.Light.Primary);
    }

    [Fact]
    public void A_colour_that_already_reads_is_kept_as_the_brand_gave_it()
    {
        var palette = new BrandPalette(Rgb.Parse("#1c3d8f"), Rgb.Parse("#7048e8"));

        Assert.False(palette.PrimaryAdjusted);
        Assert.Equal("#1c3d8f", palette.Light.Primary.Hex);
        Assert.Equal("#1c3d8f", palette.Light.Link.Hex);
    }

    [Fact]
    public void Dark_theme_links_are_lightened_until_they_read_on_dark_surfaces()
    {
        var palette = new BrandPalette(Rgb.Parse("#1c3d8f"), Rgb.Parse("#7048e8"));

        Assert.True(Rgb.Contrast(palette.Dark.Link, BrandPalette.DarkSurface) >= 4.5);
        Assert.True(palette.Dark.Link.Luminance > palette.Light.Link.Luminance);
    }

    [Fact]
    public void Contrast_ratio_matches_the_WCAG_reference_values()
    {
        Assert.Equal(21.0, Rgb.Contrast(Rgb.Black, Rgb.White), 2);
        Assert.Equal(1.0, Rgb.Contrast(Rgb.Parse("#777"), Rgb.Parse("#777777")), 2);
        Assert.Equal(4.48, Rgb.Contrast(Rgb.Parse("#777777"), Rgb.White), 2);
    }

    [Theory]
    [InlineData("#3B5BDB", "#3b5bdb")]
    [InlineData(" #abc ", "#aabbcc")]
    public void Colours_parse_in_the_two_hex_forms(string text, string hex) => Assert.Equal(hex, Rgb.Parse(text).Hex);

    [Theory]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#gg0000")]
    [InlineData("#123456; } body { display:none")]
    [InlineData("rgb(1,2,3)")]
    [InlineData("#+12345")]
    public void Anything_but_a_hex_colour_is_refused(string text) => Assert.False(Rgb.TryParse(text, out _));
}
