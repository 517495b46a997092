using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Operations;

/// <summary>
/// Production cookies are HTTPS-only, so Production over plain HTTP answered 500 on every page with a form. Now it
/// either runs behind a TLS-terminating proxy it was told about (whose X-Forwarded-Proto it believes), or listens on
/// HTTPS itself, or refuses to start and says which setting to give. Real processes in Production, as an operator runs it.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class BehindProxyTests
{
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);

    private static Dictionary<string, string> Production(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        foreach (var (key, value) in settings) all[key] = value;
        return all;
    }

    [Fact]
    public async Task Production_over_plain_http_with_no_proxy_configured_refuses_to_start_and_says_what_to_set()
    {
        using var files = new ForumFiles();
        await using var app = AppProcess.Start(files, Production());

        var exitCode = await app.ExitCodeAsync(StartWithin);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("HTTPS", app.Output);
        Assert.Contains("ReverseProxy:KnownProxies", app.Output);
        Assert.Contains("Accounts:PublicBaseUrl", app.Output);
        Assert.DoesNotContain("Now listening on", app.Output);
    }

    [Fact]
    public async Task Behind_a_configured_tls_proxy_a_visitor_signs_up_through_the_form_and_plain_http_is_sent_to_https()
    {
        using var files = new ForumFiles();
        await using var app = AppProcess.Start(files, Production(("ReverseProxy:KnownProxies:0", "127.0.0.1"), ("Accounts:PublicBaseUrl", "https://community.example")));
        var address = await app.ListeningAsync(StartWithin);
        using var proxy = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };

        // What the proxy passes on for a browser on https://community.example/account/register.
        using var page = await proxy.SendAsync(ViaProxy(HttpMethod.Get, "/account/register"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var token = Forms.TokenIn(html, "/account/register");
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("community.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        var signUp = ViaProxy(HttpMethod.Post, "/account/register");
        signUp.Headers.Add("Cookie", cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
        signUp.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "proxy.member@test.example", ["Input.DisplayName"] = "프록시 뒤의 회원", ["Input.Password"] = "correct horse battery", ["__RequestVerificationToken"] = token,
        });
        using var signedUp = await proxy.SendAsync(signUp);
        Assert.True(signedUp.StatusCode == HttpStatusCode.Redirect, $"sign-up answered {(int)signedUp.StatusCode}: {await signedUp.Content.ReadAsStringAsync()}");
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(files.Mail)));
        Assert.Contains("https://community.example/", mail);

        // Straight to the app over plain HTTP (not through the proxy): sent to HTTPS, not a 500.
        using var plain = await proxy.GetAsync("/account/login");
        Assert.True(plain.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, $"plain HTTP answered {(int)plain.StatusCode}");
        Assert.Equal("https", plain.Headers.Location!.Scheme);
        Assert.Equal("/account/login", plain.Headers.Location.AbsolutePath);
        // A load balancer's health probe stays on plain HTTP.
        Assert.Equal(HttpStatusCode.OK, (await proxy.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_the_configured_proxy_are_ignored()
    {
        using var files = new ForumFiles();
        await using var app = AppProcess.Start(files, Production(("ReverseProxy:KnownProxies:0", "10.9.9.9"), ("Accounts:PublicBaseUrl", "https://community.example")));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = await app.ListeningAsync(StartWithin) };

        using var response = await client.SendAsync(ViaProxy(HttpMethod.Get, "/account/login"));

        Assert.Equal("https", response.Headers.Location?.Scheme);
    }

    private static HttpRequestMessage ViaProxy(HttpMethod method, string path) => new(method, path) { Headers = { { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", "203.0.113.7" } } };
}
