using Community.Web.Hosting;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Database;

/// <summary>
/// Development only: gives the demo moderator and the demo brand-team member the password in Demo:StaffPassword
/// (appsettings.Development.json), so a newcomer can try every role, and says at start-up how to sign in.
/// </summary>
public static class DemoStaffSignIn
{
    public static async Task EnableAsync(IServiceProvider services, IConfiguration configuration, ILogger log)
    {
        if (configuration["Demo:StaffPassword"] is not { Length: > 0 } password) return;
        var users = services.GetRequiredService<UserManager<Member>>();
        var accounts = new List<string>();
        foreach (var role in new[] { Roles.Moderator, Roles.BrandTeam })
        {
            var demo = (await users.GetUsersInRoleAsync(role)).Where(m => m.Email!.EndsWith("@haneul.example", StringComparison.OrdinalIgnoreCase)).OrderBy(m => m.Id).FirstOrDefault();
            if (demo is null) continue;
            if (!await users.HasPasswordAsync(demo)) await users.AddPasswordAsync(demo, password);
            accounts.Add($"{role}: {demo.Email} ({demo.DisplayName})");
        }
        if (accounts.Count > 0 && log.IsEnabled(LogLevel.Information))
            log.DemoSignIn(string.Join("; ", accounts));
    }
}
