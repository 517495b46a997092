using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Database;

/// <summary>
/// EF Core's SQLite migration lock: the row EF inserts into <c>__EFMigrationsLock</c> before migrating and deletes
/// afterwards (table and column names as EF Core 9 and 10 create them). Only call this while holding the
/// <see cref="MaintenanceLock"/>: then a row can only have been left by a process that died (see there why).
/// </summary>
public static class AbandonedMigrationLock
{
    /// <summary>Removes a left-over lock row; returns when it was taken (EF's timestamp text), or null if there was none.</summary>
    public static async Task<string?> RemoveAsync(CommunityDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0) return null;
            command.CommandText = "DELETE FROM \"__EFMigrationsLock\" RETURNING \"Timestamp\"";
            return await command.ExecuteScalarAsync(ct) as string;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
