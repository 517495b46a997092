namespace Community.Web.Database.Backups;

/// <summary>Copies a folder's finished files (and sub-folders) into another; never deletes anything at the destination.</summary>
public static class FolderCopy
{
    /// <summary>Returns how many files were copied; a missing source folder (nothing uploaded or mailed yet) copies none.</summary>
    public static int Copy(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // A file still being written (or a health probe) is not part of the forum yet; it may vanish mid-copy.
            if (file.EndsWith(Community.Core.Storage.AtomicFile.PartialSuffix, StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            copied++;
        }
        return copied;
    }
}
