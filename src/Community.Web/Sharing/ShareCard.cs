using System.Globalization;
using Community.Core.Branding;
using Community.Web.Branding;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace Community.Web.Sharing;

/// <summary>
/// The picture a shared link shows (Open Graph image, 1200×630) when the page has none of its own: the community's
/// mark and name in both languages on the brand's colours, drawn with SkiaSharp once per look. Each name is drawn only
/// where an installed font has its letters (otherwise it would show as empty boxes).
/// </summary>
public sealed class ShareCard
{
    public const string Path = "/share-card.png";

    private sealed record Drawn(string Version, byte[] Png);

    private volatile Drawn? _drawn;

    public static IEndpointRouteBuilder MapShareCard(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext http, ShareCard card, CurrentBrand current, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        {
            var brand = await current.GetAsync(ct);
            var drawn = card._drawn;
            if (drawn?.Version != brand.Version)
            {
                var english = BrandView.For(brand, text, CultureInfo.GetCultureInfo("en")).Name;
                var korean = BrandView.For(brand, text, CultureInfo.GetCultureInfo("ko")).Name;
                card._drawn = drawn = new Drawn(brand.Version, Draw(english, korean, brand.Palette.Light));
            }
            http.Response.Headers.CacheControl = http.Request.Query["v"] == brand.Version ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            return Results.File(drawn.Png, "image/png");
        });
        return endpoints;
    }

    private static byte[] Draw(string english, string korean, ThemeColors colours)
    {
        using var surface = SKSurface.Create(new SKImageInfo(1200, 630));
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            // The logo square's two colours: white keeps 3:1 or more on both, enough for text this large (WCAG large text).
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(1200, 630),
                [Skia(colours.MarkStart), Skia(colours.MarkEnd)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, 1200, 630, background);
        }
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        // Two people, as in the site's mark: drawn, so the card says "community" even where no font is installed.
        using (var behind = new SKPaint { Color = SKColors.White.WithAlpha(170), IsAntialias = true })
        {
            canvas.DrawCircle(236, 228, 34, behind);
            canvas.DrawRoundRect(new SKRect(190, 275, 284, 352), 40, 40, behind);
        }
        canvas.DrawCircle(150, 215, 42, ink);
        canvas.DrawRoundRect(new SKRect(92, 268, 208, 360), 48, 48, ink);
        DrawName(canvas, english, 84, 480, ink);
        if (korean != english) DrawName(canvas, korean, 60, 560, ink);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    /// <summary>In a font that has every letter of the name, shrunk to fit the card's width.</summary>
    private static void DrawName(SKCanvas canvas, string name, float size, float baseline, SKPaint ink)
    {
        if (FontWith(name) is not { } typeface) return;
        using var font = new SKFont(typeface, size);
        var width = font.MeasureText(name);
        if (width > 1010) font.Size = size * 1010 / width;
        canvas.DrawText(name, 96, baseline, SKTextAlign.Left, font, ink);
    }

    private static SKColor Skia(Rgb colour) => new(colour.R, colour.G, colour.B);

    private static SKTypeface? FontWith(string text)
    {
        const string fonts = "/usr/share/fonts";
        if (!Directory.Exists(fonts)) return null;
        var letters = text.Where(c => !char.IsWhiteSpace(c)).Select(c => (int)c).Distinct().ToArray();
        var files = Directory.EnumerateFiles(fonts, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            // Bold faces first: the name is a headline.
            .OrderBy(f => f.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var typeface = SKTypeface.FromFile(file);
            if (typeface is null) continue;
            using (var font = new SKFont(typeface))
                if (letters.All(c => font.ContainsGlyph(c))) return typeface;
            typeface.Dispose();
        }
        return null;
    }
}
