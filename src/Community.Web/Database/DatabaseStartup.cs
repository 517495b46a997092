using Community.Core.Badges;
using Community.Core.Data;
using Community.Core.Spaces;
using Community.Core.Uploads;
using Community.Web.Accounts;
using Community.Core.Demo;
using Community.Core.Members;
using Community.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Database;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates (or, with Database:MigrateOnStart false, checks) and seeds before the first request is served. False when
    /// the database could not be prepared (the reason is logged): the process should exit rather than serve.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var migration = services.GetRequiredService<DatabaseMigration>();
        // Held through the seeding too: instances starting together each found "no roles, no admin, no spaces yet" and
        // the slower one crashed on the unique index. One at a time, the second finds them made.
        await using var maintenance = await migration.EnterMaintenanceAsync();
        if (maintenance is null) return false;
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart) await migration.MigrateAsync();
        else if (!await migration.IsUpToDateAsync()) return false;

        var db = services.GetRequiredService<CommunityDbContext>();
        await services.GetRequiredService<AccountBootstrapper>().EnsureRolesAndAdminAsync();
        if (await StoredSkeletons.RefreshAsync(db) is > 0 and var refreshed)
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Community.Accounts").NameSkeletonsRefreshed(refreshed);
        await StoredUploadUses.BackfillAsync(db);
        await services.GetRequiredService<Accounts.SuspendedMembers>().LoadAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await services.GetRequiredService<ManageSpaces>().EnsureAsync(app.Configuration.GetSection("Spaces:Defaults").Get<List<SpaceDefault>>() ?? []);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true)
            && await services.GetRequiredService<DemoDataSeeder>().SeedAsync())
        {
            // Demo members earn their badges by the same rules as everyone else.
            var badges = services.GetRequiredService<BadgeAwarder>();
            foreach (var memberId in await db.Users.Select(m => m.Id).ToListAsync()) await badges.CheckAsync(memberId);
            // Products and rewards with pictures, stored as the brand team's uploads.
            var brandTeam = await db.Users.Where(m => m.Email == "demo1@haneul.example").Select(m => m.Id).FirstAsync();
            await DemoPictures.AddAsync(db, services.GetRequiredService<StoreImage>(), brandTeam);
        }
        if (app.Environment.IsDevelopment())
            await DemoStaffSignIn.EnableAsync(services, app.Configuration, services.GetRequiredService<ILoggerFactory>().CreateLogger("Community.Demo"));
        return true;
    }
}
