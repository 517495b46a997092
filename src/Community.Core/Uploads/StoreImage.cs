using Community.Core.Data;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Community.Core.Uploads;

/// <summary>
/// Accepts an image upload: size limit, type from content, dimensions from the header before decoding,
/// then a full decode and re-encode to WebP (which drops EXIF, GPS and anything smuggled after the
/// image data). SVG and everything else are refused.
/// </summary>
public sealed class StoreImage(CommunityDbContext db, IOptions<UploadOptions> options, UploadFolder folder, TimeProvider clock)
{
    public async Task<Upload> ExecuteAsync(Stream content, int ownerId, string purpose, CancellationToken ct = default)
    {
        var rules = options.Value;
        var bytes = await ReadLimitedAsync(content, rules.MaxBytes, ct);
        if (bytes.Length == 0) throw new DomainException("UploadEmpty");
        if (!ImageSniffer.IsRasterImage(bytes)) throw new DomainException("UploadNotAnImage");

        var (encoded, width, height) = Reencode(bytes, rules);
        var upload = new Upload
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, Purpose = purpose, ContentType = "image/webp", Width = width, Height = height,
            Length = encoded.Length, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await folder.WriteAsync(upload.Id, encoded, ct);
        try
        {
            db.Uploads.Add(upload);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: an image nothing knows of would only take up the space that just ran out.
            folder.Delete(upload.Id);
            db.Uploads.Entry(upload).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            throw;
        }
        return upload;
    }

    private static (byte[] Encoded, int Width, int Height) Reencode(byte[] bytes, UploadOptions rules)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new DomainException("UploadNotAnImage");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0) throw new DomainException("UploadNotAnImage");
        if ((long)info.Width * info.Height > rules.MaxPixels) throw new DomainException("UploadTooManyPixels", rules.MaxPixels / 1_000_000);

        using var decoded = SKBitmap.Decode(codec, info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul))
            ?? throw new DomainException("UploadNotAnImage");
        var scale = Math.Min(1.0, (double)rules.MaxEdge / Math.Max(decoded.Width, decoded.Height));
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var width = Math.Max(1, (int)Math.Round(oriented.Width * scale));
        var height = Math.Max(1, (int)Math.Round(oriented.Height * scale));
        using var sized = scale < 1.0 ? oriented.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) : oriented.Copy();
        using var image = SKImage.FromBitmap(sized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, 85) ?? throw new DomainException("UploadNotAnImage");
        return (webp.ToArray(), sized.Width, sized.Height);
    }

    /// <summary>Phones store rotation in EXIF; since EXIF is dropped, the pixels are turned the right way up first (mirrored variants are rare and kept as is).</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var quarterTurn = origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        if (!quarterTurn && origin != SKEncodedOrigin.BottomRight) return source.Copy();
        var result = new SKBitmap(quarterTurn ? source.Height : source.Width, quarterTurn ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.RightTop: // EXIF 6: turn a quarter clockwise
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom: // EXIF 8: a quarter anticlockwise
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
            default: // EXIF 3: upside down
                canvas.RotateDegrees(180, source.Width / 2f, source.Height / 2f);
                break;
        }
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }

    /// <summary>Reads at most the limit (plus one byte to notice an oversize file) whatever Content-Length claimed.</summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw new DomainException("UploadTooLarge", maxBytes / (1024 * 1024));
        }
        return buffer.ToArray();
    }
}
