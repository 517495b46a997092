using Community.Core.Badges;
using Community.Core.Data;
using Community.Core.Spaces;
using Community.Web.Accounts;
using Community.Core.Demo;
using Community.Core.Members;
using Community.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Database;

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CommunityDbContext>();
        await db.Database.MigrateAsync();
        // WAL lets readers proceed while one writer commits; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await services.GetRequiredService<AccountBootstrapper>().EnsureRolesAndAdminAsync();
        if (await StoredSkeletons.RefreshAsync(db) is > 0 and var refreshed)
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Community.Accounts").NameSkeletonsRefreshed(refreshed);
        await services.GetRequiredService<Accounts.SuspendedMembers>().LoadAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await services.GetRequiredService<ManageSpaces>().EnsureAsync(app.Configuration.GetSection("Spaces:Defaults").Get<List<SpaceDefault>>() ?? []);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true)
            && await services.GetRequiredService<DemoDataSeeder>().SeedAsync())
        {
            // Demo members earn their badges by the same rules as everyone else.
            var badges = services.GetRequiredService<BadgeAwarder>();
            foreach (var memberId in await db.Users.Select(m => m.Id).ToListAsync()) await badges.CheckAsync(memberId);
        }
        if (app.Environment.IsDevelopment())
            await DemoStaffSignIn.EnableAsync(services, app.Configuration, services.GetRequiredService<ILoggerFactory>().CreateLogger("Community.Demo"));
    }
}
