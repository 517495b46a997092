using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Community.Web.Hosting;

/// <summary>
/// Outside Development the sign-in and antiforgery cookies are HTTPS-only, so every request must arrive as HTTPS:
/// either Kestrel listens on HTTPS itself, or a TLS-terminating proxy named in <c>ReverseProxy:KnownProxies</c> (or
/// <c>ReverseProxy:KnownNetworks</c>) says so in X-Forwarded-Proto. X-Forwarded-* from anyone else is ignored. A set-up
/// that can serve neither way stops at start with what to set, instead of answering 500 on every page with a form.
/// </summary>
public static partial class HttpsSetup
{
    private const string Proxies = "ReverseProxy:KnownProxies";
    private const string Networks = "ReverseProxy:KnownNetworks";
    private const string PublicBaseUrl = "Accounts:PublicBaseUrl";

    public static WebApplicationBuilder AddCommunityHttps(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Host is left alone: a proxy passes the browser's Host through, and a forged one must not pick our links.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only the proxies the operator named are believed.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in List(configuration, Proxies)) if (IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
            foreach (var network in List(configuration, Networks)) if (System.Net.IPNetwork.TryParse(network, out var range)) o.KnownIPNetworks.Add(range);
        });
        builder.Services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            // Behind a proxy Kestrel has no HTTPS port of its own to name: the public address has it.
            if (Uri.TryCreate(configuration[PublicBaseUrl], UriKind.Absolute, out var site) && site.Scheme == Uri.UriSchemeHttps) o.HttpsPort = site.Port;
        });
        return builder;
    }

    /// <summary>Believes the configured proxies' X-Forwarded-Proto/For; first in the pipeline, so every later step sees the browser's scheme and address.</summary>
    public static WebApplication UseCommunityForwardedHeaders(this WebApplication app)
    {
        if (HasProxy(app.Configuration)) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>Sends plain HTTP to HTTPS outside Development; a load balancer's health probe stays on HTTP.</summary>
    public static WebApplication UseCommunityHttpsRedirection(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseWhen(http => !http.Request.Path.StartsWithSegments("/healthz"), branch => branch.UseHttpsRedirection());
        return app;
    }

    /// <summary>False (after logging what to set) when this instance could not serve its own forms.</summary>
    public static bool IsSound(WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return true;
        var configuration = app.Configuration;
        var problems = new List<string>();
        foreach (var proxy in List(configuration, Proxies).Where(p => !IPAddress.TryParse(p, out _)))
            problems.Add($"{Proxies} holds \"{proxy}\", which is not an IP address.");
        foreach (var network in List(configuration, Networks).Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            problems.Add($"{Networks} holds \"{network}\", which is not a network such as 10.0.0.0/8.");
        if (!ListensOnHttps(configuration) && !HasProxy(configuration))
            problems.Add($"Kestrel listens on plain HTTP only and no TLS proxy is configured. Either listen on HTTPS (Urls or Kestrel:Endpoints with a " +
                $"certificate) or terminate TLS in a proxy and name it in {Proxies} (IP addresses) or {Networks} (CIDR ranges).");
        if (!Uri.TryCreate(configuration[PublicBaseUrl], UriKind.Absolute, out var site) || site.Scheme != Uri.UriSchemeHttps)
            problems.Add($"{PublicBaseUrl} is \"{configuration[PublicBaseUrl]}\"; set it to the https:// address people use (links in mails and the live connection's origin check use it).");
        if (problems.Count == 0) return true;
        var listed = string.Join(Environment.NewLine + "  - ", problems.Prepend(""));
        Misconfigured(app.Logger, app.Environment.EnvironmentName, listed);
        return false;
    }

    private static bool HasProxy(IConfiguration configuration) => List(configuration, Proxies).Length + List(configuration, Networks).Length > 0;

    private static bool ListensOnHttps(IConfiguration configuration) =>
        (configuration["urls"] ?? "").Split(';').Any(IsHttps)
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(endpoint => IsHttps(endpoint["Url"]));

    private static bool IsHttps(string? url) => url?.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    private static string[] List(IConfiguration configuration, string key) =>
        configuration.GetSection(key).Get<string[]>()?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];

    [LoggerMessage(Level = LogLevel.Critical, Message = "Not starting: in {Environment} the sign-in and form cookies are HTTPS-only, and this set-up cannot serve HTTPS.{Problems}")]
    private static partial void Misconfigured(ILogger logger, string environment, string problems);
}
