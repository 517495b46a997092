using Community.Core.Data;
using Community.Core.Uploads;
using Community.Web.Accounts;
using Community.Web.Database;

namespace Community.Web.Hosting;

/// <summary>
/// Where one instance keeps what it cannot rebuild: the database, the data-protection keys (sign-in cookies and
/// antiforgery tokens), uploaded images and the mail outbox (pickup folder). Relative paths in configuration are
/// anchored at the content root, as everywhere else. A backup holds exactly these four. On PostgreSQL the database is
/// the server's (<see cref="Database"/> then only names it, for logs) and the folders stay here.
/// </summary>
public sealed record DataLocations(string Database, string Keys, string Uploads, string Mail)
{
    /// <summary>The engine and connection string <see cref="Database"/> names.</summary>
    public required CommunityDatabase Engine { get; init; }

    /// <summary>False on PostgreSQL: no file to lock, back up or watch for free space.</summary>
    public bool DatabaseIsFile => Engine.IsSqlite;

    public const string KeysSetting = "DataProtection:KeysFolder";

    public static DataLocations From(IConfiguration configuration, string contentRoot)
    {
        var engine = DatabaseSettings.Resolve(configuration, contentRoot);
        var database = DatabaseSettings.Describe(engine);
        string Under(string? configured, string fallback) =>
            Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configured) ? fallback : configured));
        return new DataLocations(
            database,
            Under(configuration[KeysSetting], "data/keys"),
            Under(configuration.GetSection(UploadOptions.Section)[nameof(UploadOptions.Folder)], new UploadOptions().Folder),
            Under(configuration.GetSection("Email")[nameof(EmailOptions.PickupFolder)], new EmailOptions().PickupFolder)) { Engine = engine };
    }
}
