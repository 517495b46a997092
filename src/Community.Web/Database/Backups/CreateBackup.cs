using System.Globalization;
using Community.Web.Hosting;

namespace Community.Web.Database.Backups;

/// <summary>
/// The <c>backup &lt;folder&gt;</c> command: a consistent copy of the database taken while the forum runs, then the
/// data-protection keys, uploads and mail outbox, then <c>backup.json</c>. Writes plain sentences to <c>report</c>.
/// </summary>
public sealed class CreateBackup(DataLocations locations, TimeProvider clock)
{
    public async Task<bool> ExecuteAsync(string folder, TextWriter report, CancellationToken ct = default)
    {
        if (!File.Exists(locations.Database))
        {
            report.WriteLine($"Refused: there is no database at {locations.Database} to back up.");
            return false;
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            report.WriteLine($"Refused: {folder} is not empty. Back up into a new folder, so that no earlier backup is overwritten or mixed in.");
            return false;
        }
        Directory.CreateDirectory(folder);

        var takenAt = clock.GetUtcNow().UtcDateTime;
        var started = clock.GetTimestamp();
        var copy = Path.Combine(folder, BackupManifest.DatabaseFile);
        await using (var source = SqliteFiles.Open(locations.Database))
        await using (var target = SqliteFiles.Open(copy))
        {
            // SQLite's online backup API, all pages in one step inside one read transaction: exactly what was committed
            // when it began, including commits still in the WAL (which a copy of the .db file misses). Writers are not
            // held up: in WAL mode their commits append to the WAL, which a reader never blocks.
            source.BackupDatabase(target);
            // One self-contained file (the forum switches it back to WAL when it starts on it).
            await SqliteFiles.ExecuteAsync(target, "PRAGMA journal_mode=DELETE;", ct);
        }
        var copySeconds = clock.GetElapsedTime(started).TotalSeconds;

        // The quick check here (3 s for 850 MB, against 23 s for the full one, on a core the running forum shares); restore
        // runs the full check before it changes anything.
        if (await SqliteFiles.IntegrityProblemsAsync(copy, ct, quick: true) is { Count: > 0 } problems)
        {
            report.WriteLine($"Failed: the copied database fails SQLite's quick integrity check: {string.Join("; ", problems.Take(5))}");
            return false;
        }
        string lastMigration;
        await using (var check = SqliteFiles.Open(copy, readOnly: true))
            lastMigration = await SqliteFiles.AppliedMigrationsAsync(check, ct) is [.., var last] ? last : "none";

        // Files after the database: an upload's file is written before its row commits, so every upload the copy knows
        // of is on disk by now; files newer than the copy are harmless extras.
        var manifest = new BackupManifest(takenAt, lastMigration, new FileInfo(copy).Length,
            FolderCopy.Copy(locations.Keys, Path.Combine(folder, BackupManifest.KeysFolder)),
            FolderCopy.Copy(locations.Uploads, Path.Combine(folder, BackupManifest.UploadsFolder)),
            FolderCopy.Copy(locations.Mail, Path.Combine(folder, BackupManifest.MailFolder)));
        await manifest.WriteAsync(folder, ct);

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {locations.Database} ({manifest.DatabaseBytes / 1024.0 / 1024.0:0.0} MB, migrations up to {lastMigration}) as it was at {takenAt:yyyy-MM-dd HH:mm:ss} UTC; copying the database took {copySeconds:0.00} s."));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Also copied: {manifest.KeyFiles} data-protection key files, {manifest.UploadFiles} uploaded images, {manifest.MailFiles} mails in the outbox."));
        report.WriteLine($"Backup complete in {folder}. Restore it with: restore {folder}");
        return true;
    }
}
