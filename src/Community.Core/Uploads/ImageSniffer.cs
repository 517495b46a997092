namespace Community.Core.Uploads;

/// <summary>What an upload really is, from its first bytes — never from its name or the browser's content type.</summary>
public static class ImageSniffer
{
    public static bool IsRasterImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])                                   // JPEG
        || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])  // PNG
        || head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)
        || (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));
}
