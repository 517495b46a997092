using System.Net;
using Community.Core;
using Community.Core.Data;
using Community.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Operations;

/// <summary>
/// Starting (and migrating) safely: after a process died mid-migration, with several instances starting at once, and
/// while another process holds the database. Real processes on one SQLite file, as in the kill -9 drills (or on one
/// PostgreSQL database, with the suite's PostgreSQL switch).
/// </summary>
[Collection(OperatorProcesses.Name)]
public class StartupMigrationTests
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);

    [SqliteOnlyFact("EF's migration lock on PostgreSQL is a table lock that ends with the killed process's session; no row is left to remove")]
    public async Task A_start_after_a_process_was_killed_mid_migration_removes_its_lock_and_comes_up()
    {
        // The kill lands a moment after the lock is seen; on a busy machine the migrations can finish (and release it)
        // within that moment. Such a drill proves nothing either way, so it is run again on a fresh database.
        ForumFiles? files = null;
        for (var drill = 1; drill <= 5 && files is null; drill++)
        {
            var attempt = new ForumFiles();
            await using (var killed = AppProcess.Start(attempt))
            {
                await Eventually.TrueAsync(() => MigrationLockTakenAsync(attempt.Database), StartWithin, () => $"EF's migration lock was never taken. Output:\n{killed.Output}");
                killed.Kill();
                await killed.ExitCodeAsync(TimeSpan.FromSeconds(30));
            }
            if (await MigrationLockTakenAsync(attempt.Database)) files = attempt;
            else attempt.Dispose();
        }
        Assert.True(files is not null, "in five drills the killed process never left EF's migration lock behind");
        using var _ = files;

        // Before: this start waited for the lock forever, without a word (3 of 10 drills).
        await using var next = AppProcess.Start(files);
        using var http = new HttpClient { BaseAddress = await next.ListeningAsync(StartWithin) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Contains("Removed EF Core's migration lock", next.Output, StringComparison.Ordinal);
        Assert.Empty(await PendingMigrationsAsync(files));
    }

    [Fact]
    public async Task Instances_started_together_on_a_fresh_database_all_come_up_with_one_set_of_defaults()
    {
        using var files = new ForumFiles();
        await StartTogetherAsync(files, instances: 3);
        await AssertSeededOnceAsync(files);
    }

    /// <summary>
    /// The schema in place but nothing seeded — as the <c>migrate</c> command (or <c>dotnet ef database update</c>) leaves
    /// it before the nodes start. Before: the instances raced to create roles, the admin and the default spaces, and one
    /// crashed on a unique index (6 of 8 runs with two instances).
    /// </summary>
    [Fact]
    public async Task Instances_started_together_on_a_migrated_database_all_come_up_with_one_set_of_defaults()
    {
        using var files = new ForumFiles();
        await using (var db = ContextOn(files)) await db.Database.MigrateAsync();
        SqliteConnection.ClearAllPools();

        await StartTogetherAsync(files, instances: 3);
        await AssertSeededOnceAsync(files);
    }

    [Fact]
    public async Task The_migrate_command_migrates_a_fresh_database_and_exits_0()
    {
        using var files = new ForumFiles();
        await using var migrate = AppProcess.Start(files, "migrate");

        Assert.Equal(0, await migrate.ExitCodeAsync(StartWithin));
        Assert.Contains("Applied", migrate.Output, StringComparison.Ordinal);
        Assert.Empty(await PendingMigrationsAsync(files));
        if (files.Postgres is null) Assert.False(await MigrationLockTakenAsync(files.Database));
    }

    [Fact]
    public async Task A_start_waits_while_another_process_holds_the_database_and_says_so_in_the_log()
    {
        using var files = new ForumFiles();
        AppProcess? start = null;
        try
        {
            await using (await HoldMaintenanceLockAsync(files))
            {
                start = AppProcess.Start(files);
                await Eventually.TrueAsync(() => Task.FromResult(start.Output.Contains("Waiting for another process", StringComparison.Ordinal)), StartWithin,
                    () => $"the start never said it was waiting. Output:\n{start.Output}");
                Assert.DoesNotContain("Now listening", start.Output, StringComparison.Ordinal);
            }
            using var http = new HttpClient { BaseAddress = await start.ListeningAsync(StartWithin) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            if (start is not null) await start.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_start_that_waited_past_the_configured_timeout_exits_with_a_reason_instead_of_hanging()
    {
        using var files = new ForumFiles();
        await using var held = await HoldMaintenanceLockAsync(files);
        await using var start = AppProcess.Start(files, new Dictionary<string, string> { ["Database:MigrationLockTimeoutSeconds"] = "3" });

        Assert.NotEqual(0, await start.ExitCodeAsync(StartWithin));
        Assert.Contains("Gave up after 3 s", start.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", start.Output, StringComparison.Ordinal);
    }

    private static async Task StartTogetherAsync(ForumFiles files, int instances)
    {
        var processes = Enumerable.Range(0, instances).Select(_ => AppProcess.Start(files)).ToList();
        try
        {
            foreach (var process in processes)
            {
                using var http = new HttpClient { BaseAddress = await process.ListeningAsync(StartWithin) };
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            }
            // Nobody died, so nobody may have found a lock "left by a dead process": that would mean two held the
            // maintenance lock at once and one removed the other's live EF lock.
            Assert.All(processes, process => Assert.DoesNotContain("Removed EF Core's migration lock", process.Output, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var process in processes) await process.DisposeAsync();
        }
    }

    private static async Task AssertSeededOnceAsync(ForumFiles files)
    {
        await using var db = ContextOn(files);
        Assert.Equal(["advisory-circle", "beta-programme"], await db.Spaces.Select(s => s.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(Community.Core.Members.Roles.All.Length, await db.Roles.CountAsync());
        Assert.Equal(1, await db.Users.CountAsync(m => m.Email == CommunityFactory.AdminSettings["Admin:Email"]));
    }

    /// <summary>
    /// The lock a live migrating process would hold: an exclusive SQLite lock on the database's maintenance-lock file, or
    /// on PostgreSQL the session advisory lock <see cref="Community.Web.Database.PostgresMaintenanceLock"/> takes.
    /// </summary>
    private static async Task<IAsyncDisposable> HoldMaintenanceLockAsync(ForumFiles files)
    {
        if (files.Postgres is { } postgres)
        {
            var session = new Npgsql.NpgsqlConnection(postgres.ConnectionString + ";Pooling=False");
            await session.OpenAsync();
            await using var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({Community.Web.Database.PostgresMaintenanceLock.Key})", session);
            await take.ExecuteNonQueryAsync();
            return session;
        }
        var connection = new SqliteConnection($"Data Source={files.Database}-maintenance-lock;Pooling=False");
        await connection.OpenAsync();
        foreach (var statement in (string[])["PRAGMA journal_mode=OFF", "BEGIN EXCLUSIVE"])
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
        return connection;
    }

    /// <summary>Whether EF Core's migration lock row is in the file (read on a connection of our own; a busy moment reads as "not yet").</summary>
    private static async Task<bool> MigrationLockTakenAsync(string database)
    {
        if (!File.Exists(database)) return false;
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'";
            if ((long)(await command.ExecuteScalarAsync())! == 0) return false;
            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
            return (long)(await command.ExecuteScalarAsync())! > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static async Task<List<string>> PendingMigrationsAsync(ForumFiles files)
    {
        await using var db = ContextOn(files);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        SqliteConnection.ClearAllPools();
        return pending;
    }

    private static CommunityDbContext ContextOn(ForumFiles files) => new((files.Postgres is { } postgres
            ? new DbContextOptionsBuilder<CommunityDbContext>().UseNpgsql(postgres.ConnectionString, npgsql => npgsql.MigrationsAssembly(CommunityDatabase.PostgresMigrationsAssembly))
            : new DbContextOptionsBuilder<CommunityDbContext>().UseSqlite($"Data Source={files.Database};Pooling=False", sqlite => sqlite.MigrationsAssembly(CoreServiceCollectionExtensions.SqliteMigrationsAssembly)))
        .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
        .Options);
}

/// <summary>Tests that start the app as separate processes run one class at a time: each already loads both cores.</summary>
[CollectionDefinition(Name)]
public sealed class OperatorProcesses
{
    public const string Name = "Operator processes";
}
