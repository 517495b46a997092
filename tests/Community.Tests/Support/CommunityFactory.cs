using Community.Core.Data;
using Community.Web.Realtime;
using Microsoft.AspNetCore.Hosting;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Support;

/// <summary>
/// The real app on a real Kestrel port, each instance on its own SQLite file (or, with the PostgreSQL switch of
/// <see cref="TestDatabase"/>, its own PostgreSQL database) built by the real migrations. One per test class (IClassFixture), so classes never see each other's data.
/// Kestrel rather than the in-memory test server: only a real server refuses what a browser would be
/// refused (a Korean title in a Location header passed the test server and was a 500 for people).
/// </summary>
public class CommunityFactory : WebApplicationFactory<Program>
{
    public CommunityFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>The server's address (starts it on first use).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>False keeps appsettings.json's privilege thresholds (for the tests of privileges themselves).</summary>
    protected virtual bool RelaxPrivileges => true;

    /// <summary>Most tests are not about the first-post queue; its own tests turn it on.</summary>
    protected virtual bool HoldFirstPosts => false;

    /// <summary>Most tests start from an empty forum; the demo data's own tests seed it.</summary>
    protected virtual bool SeedDemo => false;

    /// <summary>The test admin signs in with a password; the two-factor tests turn the requirement on.</summary>
    protected virtual bool RequireTwoFactorForAdmins => false;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>This instance's database on the PostgreSQL test server; null on SQLite.</summary>
    public PostgresTestDatabase? Postgres { get; private set; }
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"mail-{Guid.NewGuid():N}");
    public string UploadFolder { get; } = Path.Combine(Path.GetTempPath(), "community-tests", $"uploads-{Guid.NewGuid():N}");

    /// <summary>The first admin every test instance is configured with.</summary>
    public static readonly IReadOnlyDictionary<string, string> AdminSettings = new Dictionary<string, string>
    {
        ["Admin:Email"] = "admin@test.example", ["Admin:Password"] = "staff passphrase for tests",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var (database, postgres) = TestDatabase.For(DatabasePath);
        Postgres = postgres;
        foreach (var (key, value) in database) builder.UseSetting(key, value);
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Uploads:Folder", UploadFolder);
        foreach (var (key, value) in AdminSettings) builder.UseSetting(key, value);
        // Every test client shares one address; abuse limits have their own tests (AbuseLimitTests).
        foreach (var action in new[] { "Login", "Registration", "PasswordReset", "Question", "Idea", "Answer", "Comment", "Vote", "Flag", "Upload", "Edit", "Redeem", "Preview", "Search" })
            builder.UseSetting($"AbuseLimits:{action}:Permits", "100000");
        builder.UseSetting("Moderation:FirstPosts", HoldFirstPosts ? "hold" : "off");
        builder.UseSetting("Accounts:RequireTwoFactorForAdmins", RequireTwoFactorForAdmins ? "true" : "false");
        if (RelaxPrivileges)
        {
            // New test members start at reputation 1; most tests are about other rules than privileges.
            foreach (var privilege in new[] { "Upvote", "Downvote", "Comment" })
                builder.UseSetting($"Privileges:Thresholds:{privilege}", "1");
        }
    }

    public async Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    /// <summary>A product in the catalogue (as the brand team's page would add it); returns its slug, which keeps Hangul.</summary>
    public Task<string> ProductAsync(string name, string description = "제품 설명", string? slug = null) => WithDbAsync(async db =>
    {
        var product = new Community.Core.Products.Product { Name = name, Slug = slug ?? Community.Core.Slugs.Slug.From(name), Description = description };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Slug;
    });

    /// <summary>The id of the one member whose display name starts with <paramref name="namePrefix"/>.</summary>
    public Task<int> MemberIdAsync(string namePrefix) =>
        WithDbAsync(db => db.Users.Where(m => m.DisplayName.StartsWith(namePrefix + " ")).Select(m => m.Id).SingleAsync());

    /// <summary>The cookies a client holds, as a Cookie header (to sign a SignalR connection in as that member).</summary>
    public string CookieHeaderFor(HttpClient client) =>
        _cookieJars.TryGetValue(client, out var jar) ? jar.GetCookieHeader(BaseAddress) : "";

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> _cookieJars = new();

    /// <summary>A client that keeps cookies like a browser and does not follow redirects, so tests see them.</summary>
    public HttpClient Browser()
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = jar, UseCookies = true }) { BaseAddress = BaseAddress };
        _cookieJars.Add(client, jar);
        return client;
    }

    /// <summary>
    /// A SignalR connection to the hub, signed in as <paramref name="signedIn"/>'s member when given, carrying
    /// <paramref name="pageToken"/> as a page's script does (without it the connection may only read).
    /// Long polling unless <paramref name="configure"/> says otherwise (it may also set headers such as Origin).
    /// </summary>
    public HubConnection HubConnection(HttpClient? signedIn = null, string? pageToken = null, Action<HttpConnectionOptions>? configure = null)
    {
        var cookies = signedIn is null ? null : CookieHeaderFor(signedIn);
        var url = new Uri(BaseAddress, pageToken is null ? "/hubs/community" : $"/hubs/community?{HubAntiforgery.TokenQuery}={Uri.EscapeDataString(pageToken)}");
        return new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                if (cookies is not null) options.Headers["Cookie"] = cookies;
                configure?.Invoke(options);
            })
            .Build();
    }

    /// <summary>The connection a page's script opens for <paramref name="signedIn"/>'s member: with the antiforgery token of a page they see.</summary>
    public async Task<HubConnection> PageHubConnectionAsync(HttpClient signedIn) =>
        HubConnection(signedIn, await signedIn.TokenAsync("/account/login"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Postgres?.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-maintenance-lock" })
            File.Delete(DatabasePath + suffix);
    }
}
