using System.Text.Json;

namespace Community.Web.Database.Backups;

/// <summary>
/// <c>backup.json</c>, written last into a backup folder: a folder without it is a backup that did not finish, and
/// <c>restore</c> refuses it. Also names the folder's layout.
/// </summary>
public sealed record BackupManifest(DateTime TakenAtUtc, string LastMigration, long DatabaseBytes, int KeyFiles, int UploadFiles, int MailFiles)
{
    public const string FileName = "backup.json";
    public const string DatabaseFile = "community.db";
    public const string KeysFolder = "keys";
    public const string UploadsFolder = "uploads";
    public const string MailFolder = "mail";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var file = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, this, Indented, ct);
    }

    /// <summary>Null when the folder holds no manifest (not a backup, or an interrupted one) or one that cannot be read.</summary>
    public static async Task<BackupManifest?> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            await using var file = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(file, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
