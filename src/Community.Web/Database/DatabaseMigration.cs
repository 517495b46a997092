using Community.Core.Data;
using Community.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Database;

/// <summary>
/// Brings the schema up to date, for a start and for the <c>migrate</c> command alike: first wait (with a deadline,
/// saying what for) until no other live process migrates, seeds or restores this database, then clear a lock EF left
/// behind in a process that died, then migrate.
/// </summary>
public sealed class DatabaseMigration(CommunityDbContext db, DataLocations locations, IOptions<DatabaseOptions> options, TimeProvider clock,
    ILogger<DatabaseMigration> log)
{
    /// <summary>Null when another process still held the database at the deadline (already logged).</summary>
    public async Task<IAsyncDisposable?> EnterMaintenanceAsync(CancellationToken ct = default)
    {
        var timeout = options.Value.MigrationLockTimeoutSeconds;
        var lockName = locations.DatabaseIsFile ? MaintenanceLock.FileFor(locations.Database) : PostgresMaintenanceLock.Describe();
        void Waiting(TimeSpan waited) => log.WaitingForMaintenance(locations.Database, lockName, (int)waited.TotalSeconds, timeout);
        IAsyncDisposable? held = locations.DatabaseIsFile
            ? await MaintenanceLock.AcquireAsync(locations.Database, TimeSpan.FromSeconds(timeout), Waiting, clock, ct)
            : await PostgresMaintenanceLock.AcquireAsync(locations.Engine.ConnectionString, TimeSpan.FromSeconds(timeout), Waiting, clock, ct);
        if (held is null) log.GaveUpWaitingForMaintenance(locations.Database, lockName, timeout);
        return held;
    }

    /// <summary>Applies pending migrations and returns their names. Call only while holding <see cref="EnterMaintenanceAsync"/>'s lock.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        // SQLite only: PostgreSQL's migration lock ends with its session, so no process can leave it behind.
        if (locations.DatabaseIsFile && await AbandonedMigrationLock.RemoveAsync(db, ct) is { } since) log.RemovedAbandonedMigrationLock(locations.Database, since);
        var pending = await PendingAsync(ct);
        if (pending.Count > 0) log.ApplyingMigrations(pending.Count, locations.Database, pending[^1]);
        await db.Database.MigrateAsync(ct);
        // WAL lets readers proceed while one writer commits (and lets a backup read while members post); the file keeps it.
        if (locations.DatabaseIsFile) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        if (log.IsEnabled(LogLevel.Information)) log.UpToDate(locations.Database, db.Database.GetMigrations().LastOrDefault() ?? "no migrations");
        return pending;
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default) => [.. await db.Database.GetPendingMigrationsAsync(ct)];

    /// <summary>For a start with Database:MigrateOnStart false: true when nothing is pending, else says so and returns false.</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken ct = default)
    {
        var pending = await PendingAsync(ct);
        if (pending.Count > 0) log.MigrationsPending(pending.Count, locations.Database);
        return pending.Count == 0;
    }
}
