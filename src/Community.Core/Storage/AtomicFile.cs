namespace Community.Core.Storage;

/// <summary>
/// Writes a file so that it either appears whole or not at all: into a temporary name in the same folder, flushed to
/// disk, then renamed over the final name (a rename within one file system is atomic). On a full disk the temporary
/// file is removed again, so a failed write leaves no empty or cut-off file for a reader or a mail relay to pick up.
/// </summary>
public static class AtomicFile
{
    /// <summary>Marks files still being written; readers of a folder (backup, the mail relay) skip them.</summary>
    public const string PartialSuffix = ".partial";

    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{PartialSuffix}");
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    /// <summary>Best effort: a file that cannot be removed now is left to the next clean-up, not allowed to hide the first failure.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
