using Community.Web.Hosting;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;

namespace Community.Web.Accounts;

/// <summary>
/// Creates the roles and the first admin from configuration (Admin:Email and Admin:Password, e.g. via
/// user-secrets or Admin__Email / Admin__Password). Nothing is created when they are absent: there is no default password.
/// </summary>
public sealed class AccountBootstrapper(UserManager<Member> users, RoleManager<IdentityRole<int>> roles, IConfiguration configuration,
    TimeProvider clock, ILogger<AccountBootstrapper> log)
{
    public async Task EnsureRolesAndAdminAsync()
    {
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(existing => existing.Name == r)))
            await roles.CreateAsync(new IdentityRole<int>(role));

        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)) return;
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (!await users.IsInRoleAsync(existing, Roles.Admin)) await users.AddToRoleAsync(existing, Roles.Admin);
            return;
        }
        var displayName = await FreeNameAsync(configuration["Admin:DisplayName"] ?? "Community Admin");
        var admin = new Member
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            DisplayNameSkeleton = DisplayNamePolicy.Skeleton(displayName), JoinedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            log.AdminNotCreated(string.Join("; ", created.Errors.Select(e => e.Code)));
            return;
        }
        await users.AddToRolesAsync(admin, [Roles.Member, Roles.Admin]);
    }

    /// <summary>
    /// The configured name, or "name 2", "name 3"… when a member already has it (or a look-alike): a database restored
    /// into an instance with another Admin:Email holds the old admin's name, and the start used to crash on it.
    /// </summary>
    private async Task<string> FreeNameAsync(string wanted)
    {
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? wanted : $"{wanted} {n}";
            var skeleton = DisplayNamePolicy.Skeleton(name);
            if (!users.Users.Any(m => m.DisplayNameSkeleton == skeleton)) return name;
        }
    }
}
