using Microsoft.Extensions.Options;

namespace Community.Core.Uploads;

/// <summary>The uploads directory. Paths are built from a Guid alone, so no request can name another file.</summary>
public sealed class UploadFolder(IOptions<UploadOptions> options, string contentRoot)
{
    public string Root => Path.GetFullPath(Path.Combine(contentRoot, options.Value.Folder));

    public string PathFor(Guid id) => Path.Combine(Root, id.ToString("N") + ".webp");

    public Task WriteAsync(Guid id, byte[] content, CancellationToken ct) => Storage.AtomicFile.WriteAsync(PathFor(id), content, ct);

    /// <summary>For a file whose database row could not be saved: nothing refers to it.</summary>
    public void Delete(Guid id) => Storage.AtomicFile.TryDelete(PathFor(id));
}
