using Community.Core.Uploads;
using Community.Web.Accounts;
using Community.Web.Database;
using Microsoft.Data.Sqlite;

namespace Community.Web.Hosting;

/// <summary>
/// Where one instance keeps what it cannot rebuild: the database, the data-protection keys (sign-in cookies and
/// antiforgery tokens), uploaded images and the mail outbox (pickup folder). Relative paths in configuration are
/// anchored at the content root, as everywhere else. A backup holds exactly these four.
/// </summary>
public sealed record DataLocations(string Database, string Keys, string Uploads, string Mail)
{
    public const string KeysSetting = "DataProtection:KeysFolder";

    public static DataLocations From(IConfiguration configuration, string contentRoot)
    {
        var database = new SqliteConnectionStringBuilder(SqliteConnectionSettings.Resolve(configuration, contentRoot)).DataSource;
        string Under(string? configured, string fallback) =>
            Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configured) ? fallback : configured));
        return new DataLocations(
            database,
            Under(configuration[KeysSetting], "data/keys"),
            Under(configuration.GetSection(UploadOptions.Section)[nameof(UploadOptions.Folder)], new UploadOptions().Folder),
            Under(configuration.GetSection("Email")[nameof(EmailOptions.PickupFolder)], new EmailOptions().PickupFolder));
    }
}
