namespace Community.Web.Database;

/// <summary>What starting, migrating, backing up and restoring the database tell the operator (source-generated).</summary>
internal static partial class DatabaseLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for another process to finish migrating, seeding or restoring {Database} " +
        "(whoever holds {LockFile}): waited {Waited} s of {Timeout} s (Database:MigrationLockTimeoutSeconds)")]
    public static partial void WaitingForMaintenance(this ILogger log, string database, string lockFile, int waited, int timeout);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Gave up after {Timeout} s: another process still migrates, seeds or restores {Database} " +
        "(it holds {LockFile}). Let it finish or stop it, or raise Database:MigrationLockTimeoutSeconds")]
    public static partial void GaveUpWaitingForMaintenance(this ILogger log, string database, string lockFile, int timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed EF Core's migration lock on {Database}, taken at {Since} by a process that no longer runs " +
        "(it was killed or crashed while migrating); migrating now")]
    public static partial void RemovedAbandonedMigrationLock(this ILogger log, string database, string since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migrations to {Database}, up to {Last}")]
    public static partial void ApplyingMigrations(this ILogger log, int count, string database, string last);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} is up to date ({Last})")]
    public static partial void UpToDate(this ILogger log, string database, string last);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Count} migrations are pending on {Database} and Database:MigrateOnStart is false: " +
        "run the `migrate` command first")]
    public static partial void MigrationsPending(this ILogger log, int count, string database);
}
