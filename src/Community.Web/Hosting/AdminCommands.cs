using Community.Core.Reputation;
using Community.Web.Database;
using Community.Web.Database.Backups;

namespace Community.Web.Hosting;

/// <summary>
/// Operator commands, run instead of the web server (<c>dotnet run --project src/Community.Web -- &lt;command&gt;</c>), each
/// ending with exit code 0 on success:
/// <list type="bullet">
/// <item><c>migrate</c> applies pending migrations (waiting for any other process migrating the same database) and exits.</item>
/// <item><c>backup &lt;folder&gt;</c> copies the database, keys, uploads and mail outbox into a new folder while the forum runs.</item>
/// <item><c>restore &lt;folder&gt;</c> puts such a backup in place of the configured database and folders (forum stopped).</item>
/// <item>(<c>backup</c> and <c>restore</c> are for SQLite; on PostgreSQL they refuse and point at pg_dump.)</item>
/// <item><c>reputation recompute [fix]</c> checks every member's stored totals against the ledger (exit code 1 on a
/// mismatch); with <c>fix</c> it also repairs them.</item>
/// </list>
/// A relative folder is taken from the repository root (the content root), like every other path in configuration.
/// </summary>
public static class AdminCommands
{
    public static async Task<int?> RunAsync(WebApplication app, string[] args) => args switch
    {
        ["migrate", ..] => await MigrateAsync(app),
        ["backup" or "restore", ..] when !app.Services.GetRequiredService<DataLocations>().DatabaseIsFile =>
            Usage($"{args[0]} copies a SQLite file; on PostgreSQL use pg_dump / pg_restore for the database and copy the keys, uploads and mail folders."),
        ["backup", var folder, ..] when !folder.StartsWith('-') => await InScopeAsync(app, (CreateBackup backup) => backup.ExecuteAsync(Folder(app, folder), Console.Out)),
        ["restore", var folder, ..] when !folder.StartsWith('-') => await InScopeAsync(app, (RestoreBackup restore) => restore.ExecuteAsync(Folder(app, folder), Console.Out)),
        ["backup" or "restore", ..] => Usage($"usage: {args[0]} <folder>"),
        ["reputation", "recompute", ..] => await RecomputeReputationAsync(app, fix: args.Contains("fix")),
        _ => null,
    };

    private static async Task<int> MigrateAsync(WebApplication app) => await InScopeAsync(app, async (DatabaseMigration migration) =>
    {
        await using var maintenance = await migration.EnterMaintenanceAsync();
        if (maintenance is null) return false;
        var applied = await migration.MigrateAsync();
        Console.WriteLine(applied.Count == 0 ? "No migrations were pending." : $"Applied {applied.Count} migrations, up to {applied[^1]}.");
        return true;
    });

    private static async Task<int> RecomputeReputationAsync(WebApplication app, bool fix)
    {
        if (!await app.PrepareDatabaseAsync()) return 1;
        await using var scope = app.Services.CreateAsyncScope();
        var mismatches = await scope.ServiceProvider.GetRequiredService<ReputationAudit>().RecomputeAsync(fix);
        foreach (var m in mismatches)
            Console.WriteLine($"member {m.MemberId}: reputation stored {m.StoredReputation}, ledger {m.LedgerReputation}; points stored {m.StoredPoints}, ledger {m.LedgerPoints}");
        Console.WriteLine($"{mismatches.Count} mismatches{(fix && mismatches.Count > 0 ? " (fixed)" : "")}");
        return mismatches.Count == 0 || fix ? 0 : 1;
    }

    private static async Task<int> InScopeAsync<T>(WebApplication app, Func<T, Task<bool>> command) where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider.GetRequiredService<T>()) ? 0 : 1;
    }

    private static string Folder(WebApplication app, string folder) => Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, folder));

    private static int Usage(string usage)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }
}
