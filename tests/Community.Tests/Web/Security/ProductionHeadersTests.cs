using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Community.Tests.Web.Security;

public sealed class ProductionFactory : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "community-tests", $"{Guid.NewGuid():N}.db");
    private PostgresTestDatabase? _postgres;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var (database, postgres) = TestDatabase.For(_database);
        _postgres = postgres;
        foreach (var (key, value) in database) builder.UseSetting(key, value);
        // Served over HTTPS (the test clients' base address), as Production must be.
        builder.UseSetting("https_ports", "443");
        builder.UseSetting("Accounts:PublicBaseUrl", "https://community.example");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _postgres?.Dispose();
    }
}

public class ProductionHeadersTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_sends_hsts_csp_and_secure_cookies_over_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://community.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/login");

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        var antiforgeryCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("community.csrf", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgeryCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Production_never_seeds_demo_data_and_shows_no_stack_traces()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://community.example") });

        var list = await client.GetStringAsync("/questions");
        var missing = await client.GetAsync("/questions/424242/missing");

        Assert.Contains("0 questions", list);
        Assert.DoesNotContain("Exception", await missing.Content.ReadAsStringAsync());
    }
}
