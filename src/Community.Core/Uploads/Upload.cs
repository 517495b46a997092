namespace Community.Core.Uploads;

/// <summary>
/// A stored image. The file on disk is named by <see cref="Id"/> only, re-encoded by us, and lives
/// outside wwwroot; what the uploader called it never reaches the filesystem.
/// </summary>
public class Upload
{
    public Guid Id { get; internal set; }
    public int OwnerId { get; internal set; }
    public string Purpose { get; internal set; } = "";
    public string ContentType { get; internal set; } = "";
    public int Width { get; internal set; }
    public int Height { get; internal set; }
    public long Length { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}

public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Where files go (relative to the content root). Outside wwwroot: only the upload endpoint serves them.</summary>
    public string Folder { get; set; } = "data/uploads";

    public long MaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Checked from the header, before any pixel is decoded (a 50,000×50,000 PNG is a few KB).</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longer edges are scaled down to this when re-encoding.</summary>
    public int MaxEdge { get; set; } = 2048;
}
