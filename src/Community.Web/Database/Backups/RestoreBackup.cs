using System.Globalization;
using Community.Core.Data;
using Community.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Database.Backups;

/// <summary>
/// The <c>restore &lt;folder&gt;</c> command: checks the backup first (complete, sound, not from a newer version), refuses a
/// database that a running forum uses, keeps the database it replaces beside it, then copies the backup in.
/// </summary>
public sealed class RestoreBackup(DataLocations locations, DatabaseMigration migration, CommunityDbContext db, TimeProvider clock)
{
    public async Task<bool> ExecuteAsync(string folder, TextWriter report, CancellationToken ct = default)
    {
        if (await BackupManifest.ReadAsync(folder, ct) is not { } manifest)
            return Refuse(report, $"{folder} holds no readable {BackupManifest.FileName}: it is not a backup, or a backup that did not finish.");
        var backup = Path.Combine(folder, BackupManifest.DatabaseFile);
        if (!File.Exists(backup)) return Refuse(report, $"{backup} is missing.");
        if (await SqliteFiles.IntegrityProblemsAsync(backup, ct) is { Count: > 0 } problems)
            return Refuse(report, $"the backup's database fails SQLite's integrity check ({string.Join("; ", problems.Take(5))}).");

        await using var source = SqliteFiles.Open(backup, readOnly: true);
        var unknown = (await SqliteFiles.AppliedMigrationsAsync(source, ct)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            return Refuse(report, $"the backup was made by a newer version of the forum (migrations this build does not know: {string.Join(", ", unknown)}).");

        // Also keeps a starting forum waiting (and saying so) until the restore is done.
        await using var maintenance = await migration.EnterMaintenanceAsync(ct);
        if (maintenance is null) return Refuse(report, "another process is migrating or restoring this database.");
        await using var target = await SqliteFiles.OpenUnusedAsync(locations.Database, ct);
        if (target is null)
            return Refuse(report, $"{locations.Database} is in use by a running process. Stop the forum (every instance using that file) first.");

        var keptAside = await KeepAsideAsync(target, ct);
        source.BackupDatabase(target);
        // Back to WAL, as the forum runs it, with everything in the main file before the lock is released.
        await SqliteFiles.ExecuteAsync(target, "PRAGMA journal_mode=WAL; PRAGMA wal_checkpoint(TRUNCATE);", ct);

        var keys = FolderCopy.Copy(Path.Combine(folder, BackupManifest.KeysFolder), locations.Keys);
        var uploads = FolderCopy.Copy(Path.Combine(folder, BackupManifest.UploadsFolder), locations.Uploads);
        var mail = FolderCopy.Copy(Path.Combine(folder, BackupManifest.MailFolder), locations.Mail);

        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Restored {locations.Database} from the backup taken at {manifest.TakenAtUtc:yyyy-MM-dd HH:mm:ss} UTC (migrations up to {manifest.LastMigration})."));
        if (keptAside is not null) report.WriteLine($"The database it replaced is kept as {keptAside}.");
        report.WriteLine($"Copied {keys} key files into {locations.Keys}, {uploads} images into {locations.Uploads}, {mail} mails into {locations.Mail}.");
        report.WriteLine("Start the forum as usual; it applies any newer migrations at start.");
        return true;
    }

    /// <summary>A database that already holds tables is copied aside first, so a restore over the wrong one can be undone.</summary>
    private async Task<string?> KeepAsideAsync(Microsoft.Data.Sqlite.SqliteConnection target, CancellationToken ct)
    {
        await using (var command = target.CreateCommand())
        {
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            if ((long)(await command.ExecuteScalarAsync(ct))! == 0) return null;
        }
        var aside = string.Create(CultureInfo.InvariantCulture, $"{locations.Database}.before-restore-{clock.GetUtcNow():yyyyMMdd-HHmmss}");
        await using var copy = SqliteFiles.Open(aside);
        target.BackupDatabase(copy);
        await SqliteFiles.ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", ct);
        return aside;
    }

    private static bool Refuse(TextWriter report, string why)
    {
        report.WriteLine($"Refused: {why} Nothing was changed.");
        return false;
    }
}
