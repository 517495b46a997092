using Community.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Support;

/// <summary>
/// The real app on the test server, each instance on its own SQLite file built by the real
/// migrations. One per test class (IClassFixture), so classes never see each other's data.
/// </summary>
public sealed class CommunityFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"{Guid.NewGuid():N}.db");
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Community", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Admin:Email", "admin@test.example");
        builder.UseSetting("Admin:Password", "admin-password-for-tests");
    }

    public async Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
    }
}
