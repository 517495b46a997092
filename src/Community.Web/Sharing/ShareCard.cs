using SkiaSharp;

namespace Community.Web.Sharing;

/// <summary>
/// The picture a shared link shows (Open Graph image, 1200×630) when the page has none of its own: the community's
/// mark and name on its colour, drawn once with SkiaSharp. Each name is drawn only where an installed font has its
/// letters (otherwise it would show as empty boxes).
/// </summary>
public static class ShareCard
{
    public const string Path = "/share-card.png";

    private static readonly Lazy<byte[]> Png = new(Draw);

    public static IEndpointRouteBuilder MapShareCard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(Png.Value, "image/png");
        });
        return endpoints;
    }

    private static byte[] Draw()
    {
        using var surface = SKSurface.Create(new SKImageInfo(1200, 630));
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(1200, 630),
                [new SKColor(0x0b, 0x5e, 0xd7), new SKColor(0x12, 0x3a, 0x8c)], SKShaderTileMode.Clamp);
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
        // SkiaSharp's self-contained Linux build sees no system fonts by itself: use an installed font file that has the glyphs.
        if (FontWith('C') is { } latin)
        {
            using var name = new SKFont(latin, 84);
            canvas.DrawText("Haneul Community", 96, 480, SKTextAlign.Left, name, ink);
        }
        if (FontWith('하') is { } hangul)
        {
            using var korean = new SKFont(hangul, 60);
            canvas.DrawText("하늘 커뮤니티", 96, 560, SKTextAlign.Left, korean, ink);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    private static SKTypeface? FontWith(char glyph)
    {
        const string fonts = "/usr/share/fonts";
        if (!Directory.Exists(fonts)) return null;
        var files = Directory.EnumerateFiles(fonts, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            // Bold faces first: the name is a headline.
            .OrderBy(f => f.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var typeface = SKTypeface.FromFile(file);
            if (typeface is null) continue;
            using (var font = new SKFont(typeface))
                if (font.ContainsGlyph(glyph)) return typeface;
            typeface.Dispose();
        }
        return null;
    }
}
