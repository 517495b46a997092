using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Community.Tests.Support;

/// <summary>Real image bytes for upload tests, including hostile ones built byte by byte.</summary>
public static class TestImages
{
    public static byte[] Png(int width = 64, int height = 48, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color ?? SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A JPEG carrying an EXIF block with GPS coordinates and a marker text that must not survive.</summary>
    public static byte[] JpegWithGps(string marker)
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.OrangeRed);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        var tiff = Tiff(marker);
        var payload = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>Little-endian TIFF: IFD0 with ImageDescription (the marker) and a GPS IFD with latitude "N" 37°.</summary>
    private static byte[] Tiff(string marker)
    {
        var text = Encoding.ASCII.GetBytes(marker + "\0");
        var data = new List<byte>();
        void U16(int v) { data.Add((byte)v); data.Add((byte)(v >> 8)); }
        void U32(int v) { U16(v & 0xFFFF); U16(v >> 16); }
        data.AddRange("II"u8.ToArray()); U16(42); U32(8);
        // IFD0 at 8: 2 entries (12 bytes each) + next pointer.
        var textOffset = 8 + 2 + 2 * 12 + 4;
        var gpsOffset = textOffset + text.Length;
        U16(2);
        U16(0x010E); U16(2); U32(text.Length); U32(textOffset);   // ImageDescription
        U16(0x8825); U16(4); U32(1); U32(gpsOffset);               // GPS IFD pointer
        U32(0);
        data.AddRange(text);
        var rationalOffset = gpsOffset + 2 + 2 * 12 + 4;
        U16(2);
        U16(0x0001); U16(2); U32(2); data.AddRange("N\0\0\0"u8.ToArray()); // GPSLatitudeRef
        U16(0x0002); U16(5); U32(3); U32(rationalOffset);          // GPSLatitude
        U32(0);
        foreach (var (n, d) in new[] { (37, 1), (33, 1), (59, 1) }) { U32(n); U32(d); }
        return [.. data];
    }

    /// <summary>A PNG whose header claims 50,000 × 50,000 pixels (10 GB decoded) in a few dozen bytes.</summary>
    public static byte[] PngHeaderBomb()
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), 50_000);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        return [.. (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .. Chunk("IHDR", ihdr), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] body)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, body.Length);
        typeBytes.CopyTo(chunk, 4);
        body.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + body.Length), Crc32([.. typeBytes, .. body]));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    public static readonly byte[] SvgWithScript = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><script>alert(1)</script></svg>");
    public static readonly byte[] HtmlPretendingToBePng = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
}
