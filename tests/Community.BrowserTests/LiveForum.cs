using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Community.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port (its own SQLite file) and Debian's Chromium driven by
/// Playwright. One per test class; each test opens its own browser contexts (separate cookie jars).
/// </summary>
public class LiveForum : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "community-browser-tests", $"{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public const string AdminEmail = "admin@browser.example";
    public const string AdminPassword = "staff passphrase for browser tests";

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Journeys about other things skip the first-post queue; the moderation journey turns it on.</summary>
    protected virtual bool HoldFirstPosts => false;

    /// <summary>Journeys bring their own content; the page-health walk runs over the demo data.</summary>
    protected virtual bool SeedDemo => false;

    /// <summary>
    /// Content-Security-Policy violations and uncaught script errors seen by any page of this forum, with the page's
    /// address. The CSP forbids inline style and script, so a violation means something on the page silently did not work.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> PageProblems { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Moderation:FirstPosts", HoldFirstPosts ? "hold" : "off");
        builder.UseSetting("Accounts:RequireTwoFactorForAdmins", "false");
        builder.UseSetting("ConnectionStrings:Community", $"Data Source={_database}");
        builder.UseSetting("Demo:Seed", SeedDemo ? "true" : "false");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetDirectoryName(_database)!, "mail"));
        builder.UseSetting("Uploads:Folder", Path.Combine(Path.GetDirectoryName(_database)!, "uploads"));
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        foreach (var action in new[] { "Login", "Registration", "PasswordReset", "Question", "Idea", "Answer", "Comment", "Vote", "Flag", "Upload", "Edit", "Redeem", "Preview", "Search" })
            builder.UseSetting($"AbuseLimits:{action}:Permits", "100000");
        foreach (var privilege in new[] { "Upvote", "Downvote", "Comment" })
            builder.UseSetting($"Privileges:Thresholds:{privilege}", "1");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        // Assertions wait as long as actions do: on a loaded machine a page can take more than the 5 s default to arrive.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new browser context (own cookies) whose Accept-Language is <paramref name="locale"/> ("en-US" or "ko-KR").</summary>
    public async Task<IPage> NewVisitorAsync(string locale = "en-US", ViewportSize? viewport = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale };
        if (viewport is not null) options.ViewportSize = viewport;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        // Injected by the browser itself, so the page's own CSP does not apply to this listener.
        await context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => " +
            "console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || ''}:${e.lineNumber}`))");
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Text.StartsWith("CSP violation:", StringComparison.Ordinal)) PageProblems.Enqueue($"{page.Url} — {message.Text}"); };
        page.PageError += (_, error) => PageProblems.Enqueue($"{page.Url} — script error: {error}");
        return page;
    }

    /// <summary>Gives a member reputation and points through the ledger, as an admin adjustment would.</summary>
    public async Task GrantAsync(string displayName, int reputation, int points)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<Community.Core.Reputation.ReputationLedger>();
        var id = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(m => m.DisplayName == displayName).Select(m => m.Id));
        await ledger.PostAsync(id, Community.Core.Reputation.ReputationReason.Adjustment, "test:grant", new(reputation, points));
    }

    public async Task<string> ProductAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var product = new Community.Core.Products.Product { Name = name, Slug = Community.Core.Slugs.Slug.From(name), Description = "브라우저 여정에서 쓰는 제품이에요." };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Slug;
    }

    /// <summary>The name of advocate level <paramref name="number"/> as the app shows it in <paramref name="language"/> (from the app's own ladder).</summary>
    public string LevelName(int number, string language) =>
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Community.Core.Reputation.AdvocacyOptions>>().Value.Ladder
            .Single(level => level.Number == number).NameFor(language);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_database + suffix);
    }
}
