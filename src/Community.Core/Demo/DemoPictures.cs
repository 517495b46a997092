using Community.Core.Data;
using Community.Core.Uploads;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Community.Core.Demo;

/// <summary>
/// Pictures for the demo's products and rewards, drawn here (simple flat illustrations, no text, so no font is needed) and
/// stored through <see cref="StoreImage"/> like any upload the brand team makes — so the demo looks like a catalogue with
/// photos, and the pages that show them are tried with real stored images.
/// </summary>
public static class DemoPictures
{
    private const int Width = 800, Height = 450;

    /// <summary>The subjects are drawn on an 800 × 600 board, shrunk into the middle of the 16:9 picture that cards show whole.</summary>
    private const float Shrink = 0.7f;

    public static async Task AddAsync(CommunityDbContext db, StoreImage images, int ownerId, CancellationToken ct = default)
    {
        foreach (var product in await db.Products.Where(p => p.ImageId == null).ToListAsync(ct))
        {
            if (DrawProduct(product.Slug) is not { } picture) continue;
            product.ImageId = await StoreAsync(images, picture, ownerId, "product", ct);
        }
        foreach (var reward in await db.RewardItems.Where(r => r.ImageId == null).ToListAsync(ct))
        {
            if (DrawReward(reward.Name) is not { } picture) continue;
            reward.ImageId = await StoreAsync(images, picture, ownerId, "reward", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Guid> StoreAsync(StoreImage images, byte[] png, int ownerId, string purpose, CancellationToken ct)
    {
        using var stream = new MemoryStream(png);
        return (await images.ExecuteAsync(stream, ownerId, purpose, ct)).Id;
    }

    private static byte[]? DrawProduct(string slug) => slug switch
    {
        "airpure-pro" => Draw(0xFFE7F5FF, 0xFFD0EBFF, AirPurifier),
        "roboclean-s2" => Draw(0xFFF3F0FF, 0xFFE5DBFF, RobotVacuum),
        "thermosense" => Draw(0xFFFFF4E6, 0xFFFFE8CC, Thermostat),
        "haneul-home-app" => Draw(0xFFEBFBEE, 0xFFD3F9D8, PhoneApp),
        _ => null,
    };

    private static byte[]? DrawReward(string name) => name switch
    {
        "Haneul tumbler" => Draw(0xFFE3FAFC, 0xFFC5F6FA, Tumbler),
        "20% filter coupon" => Draw(0xFFFFF0F6, 0xFFFFDEEB, Coupon),
        "New-product tester kit" => Draw(0xFFF8F0FC, 0xFFF3D9FA, GiftBox),
        "HQ visit with the product team" => Draw(0xFFF1F3F5, 0xFFE9ECEF, Building),
        _ => null,
    };

    private static byte[] Draw(uint top, uint bottom, Action<SKCanvas> subject)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var background = new SKPaint { IsAntialias = true })
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height), [new SKColor(top), new SKColor(bottom)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Width, Height, background);
        }
        canvas.Translate((Width - 800 * Shrink) / 2, (Height - 600 * Shrink) / 2);
        canvas.Scale(Shrink);
        using (var shadow = Fill(0x22000000))
        {
            shadow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 12);
            canvas.DrawOval(400, 520, 210, 26, shadow);
        }
        subject(canvas);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKPaint Fill(uint argb) => new() { IsAntialias = true, Color = new SKColor(argb), Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(uint argb, float width) =>
        new() { IsAntialias = true, Color = new SKColor(argb), Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round };

    /// <summary>A tall white purifier with a round grille on top and a small blue display.</summary>
    private static void AirPurifier(SKCanvas c)
    {
        using var body = Fill(0xFFFFFFFF);
        using var edge = Stroke(0xFFADB5BD, 4);
        var shell = new SKRoundRect(new SKRect(300, 90, 500, 520), 40);
        c.DrawRoundRect(shell, body);
        c.DrawRoundRect(shell, edge);
        using var grille = Fill(0xFFDEE2E6);
        c.DrawCircle(400, 190, 70, grille);
        using var slot = Stroke(0xFFADB5BD, 3);
        for (var r = 20; r <= 60; r += 13) c.DrawCircle(400, 190, r, slot);
        using var display = Fill(0xFF1C7ED6);
        c.DrawRoundRect(new SKRoundRect(new SKRect(370, 290, 430, 312), 8), display);
        using var vents = Stroke(0xFFCED4DA, 5);
        for (var y = 360; y <= 480; y += 24) c.DrawLine(335, y, 465, y, vents);
    }

    /// <summary>A round robot vacuum seen from above at an angle: body, bumper, lidar turret and a status light.</summary>
    private static void RobotVacuum(SKCanvas c)
    {
        using var body = Fill(0xFF343A40);
        c.DrawOval(400, 400, 230, 110, body);
        using var top = Fill(0xFF495057);
        c.DrawOval(400, 380, 215, 98, top);
        using var bumper = Stroke(0xFF868E96, 8);
        c.DrawArc(new SKRect(170, 290, 630, 510), 200, 140, false, bumper);
        using var turret = Fill(0xFFF8F9FA);
        c.DrawOval(400, 340, 52, 26, turret);
        using var light = Fill(0xFF40C057);
        c.DrawCircle(400, 420, 10, light);
        using var stripe = Stroke(0xFF7048E8, 6);
        c.DrawArc(new SKRect(230, 300, 570, 460), 20, 140, false, stripe);
    }

    /// <summary>A round wall thermostat: a ring of ticks, the warm arc of the set temperature and a centre dial.</summary>
    private static void Thermostat(SKCanvas c)
    {
        using var plate = Fill(0xFFFFFFFF);
        using var edge = Stroke(0xFFCED4DA, 4);
        c.DrawCircle(400, 300, 190, plate);
        c.DrawCircle(400, 300, 190, edge);
        using var tick = Stroke(0xFFADB5BD, 4);
        for (var i = 0; i < 36; i++)
        {
            var angle = (135 + i * 270 / 35.0) * Math.PI / 180;
            var (cos, sin) = ((float)Math.Cos(angle), (float)Math.Sin(angle));
            c.DrawLine(400 + 150 * cos, 300 + 150 * sin, 400 + 170 * cos, 300 + 170 * sin, tick);
        }
        using var warm = Stroke(0xFFF76707, 14);
        c.DrawArc(new SKRect(240, 140, 560, 460), 135, 170, false, warm);
        using var dial = Fill(0xFF212529);
        c.DrawCircle(400, 300, 110, dial);
        using var glow = Fill(0xFFFFA94D);
        c.DrawCircle(400, 300, 18, glow);
    }

    /// <summary>A phone showing the home app: a header bar and a grid of rounded tiles for rooms and devices.</summary>
    private static void PhoneApp(SKCanvas c)
    {
        using var frame = Fill(0xFF212529);
        c.DrawRoundRect(new SKRoundRect(new SKRect(290, 60, 510, 530), 36), frame);
        using var screen = Fill(0xFFF8F9FA);
        c.DrawRoundRect(new SKRoundRect(new SKRect(304, 80, 496, 510), 26), screen);
        using var header = Fill(0xFF2F9E44);
        c.DrawRoundRect(new SKRoundRect(new SKRect(320, 100, 480, 150), 14), header);
        uint[] tiles = [0xFF74C0FC, 0xFFFFA94D, 0xFFB197FC, 0xFF8CE99A, 0xFFFFD43B, 0xFFFF8787];
        for (var i = 0; i < tiles.Length; i++)
        {
            using var tile = Fill(tiles[i]);
            var (x, y) = (320 + i % 2 * 84, 170 + i / 2 * 104);
            c.DrawRoundRect(new SKRoundRect(new SKRect(x, y, x + 76, y + 92), 14), tile);
        }
    }

    /// <summary>A steel tumbler with a lid and a band where the logo would be.</summary>
    private static void Tumbler(SKCanvas c)
    {
        using var steel = new SKPaint { IsAntialias = true };
        steel.Shader = SKShader.CreateLinearGradient(new SKPoint(320, 0), new SKPoint(480, 0),
            [new SKColor(0xFFADB5BD), new SKColor(0xFFF1F3F5), new SKColor(0xFF868E96)], SKShaderTileMode.Clamp);
        using var cup = SKPath.ParseSvgPathData("M320 150 L480 150 L460 510 L340 510 Z");
        c.DrawPath(cup, steel);
        using var lid = Fill(0xFF343A40);
        c.DrawRoundRect(new SKRoundRect(new SKRect(306, 110, 494, 160), 16), lid);
        using var band = Fill(0xFF1098AD);
        using var bandPath = SKPath.ParseSvgPathData("M327 280 L473 280 L469 340 L331 340 Z");
        c.DrawPath(bandPath, band);
    }

    /// <summary>A ticket with punched notches, a dashed tear line and a percent sign drawn from two rings and a slash.</summary>
    private static void Coupon(SKCanvas c)
    {
        using var ticket = Fill(0xFFE64980);
        var shape = new SKRect(170, 190, 630, 430);
        c.DrawRoundRect(new SKRoundRect(shape, 24), ticket);
        using var notch = Fill(0xFFFFE3EC);
        c.DrawCircle(170, 310, 30, notch);
        c.DrawCircle(630, 310, 30, notch);
        using var tear = Stroke(0xFFFFFFFF, 5);
        tear.PathEffect = SKPathEffect.CreateDash([14, 12], 0);
        c.DrawLine(470, 215, 470, 405, tear);
        using var mark = Stroke(0xFFFFFFFF, 12);
        c.DrawCircle(285, 260, 26, mark);
        c.DrawCircle(375, 360, 26, mark);
        c.DrawLine(380, 245, 280, 375, mark);
        using var star = Fill(0xFFFFFFFF);
        c.DrawCircle(550, 310, 22, star);
    }

    /// <summary>A box tied with a ribbon and a bow: the tester kit.</summary>
    private static void GiftBox(SKCanvas c)
    {
        using var box = Fill(0xFF9C36B5);
        c.DrawRoundRect(new SKRoundRect(new SKRect(250, 250, 550, 510), 12), box);
        using var lid = Fill(0xFFAE3EC9);
        c.DrawRoundRect(new SKRoundRect(new SKRect(232, 200, 568, 262), 12), lid);
        using var ribbon = Fill(0xFFFFD43B);
        c.DrawRect(382, 200, 36, 310, ribbon);
        c.DrawOval(355, 175, 48, 30, ribbon);
        c.DrawOval(445, 175, 48, 30, ribbon);
        using var knot = Fill(0xFFFAB005);
        c.DrawCircle(400, 190, 20, knot);
    }

    /// <summary>An office tower with lit windows and a door: the day at headquarters.</summary>
    private static void Building(SKCanvas c)
    {
        using var tower = Fill(0xFF364FC7);
        c.DrawRect(300, 110, 200, 405, tower);
        using var wing = Fill(0xFF4C6EF5);
        c.DrawRect(200, 270, 110, 245, wing);
        c.DrawRect(490, 230, 110, 285, wing);
        using var window = Fill(0xFFFFE066);
        for (var row = 0; row < 7; row++)
            for (var col = 0; col < 3; col++)
                c.DrawRoundRect(new SKRoundRect(new SKRect(325 + col * 56, 135 + row * 48, 360 + col * 56, 163 + row * 48), 4), window);
        using var door = Fill(0xFF1C2B6B);
        c.DrawRoundRect(new SKRoundRect(new SKRect(370, 455, 430, 515), 6), door);
    }
}
