using Community.Web.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Community.Web.Realtime;

/// <summary>
/// Decides whether a request to the hub may come from the page that sent it. A browser attaches the visitor's cookies
/// to a WebSocket opened by any page, on any site, and no CORS rule stops it; the Origin header, which no page can
/// forge, is the only way to tell the forum's own pages from a page on another port or subdomain casting votes in the
/// visitor's name. Allowed: the origin the request was addressed to (scheme and Host, so a browser on the site itself
/// always passes, in Development and tests too), <c>Accounts:PublicBaseUrl</c> (behind a proxy that rewrites Host or
/// scheme) and <c>Realtime:AllowedOrigins</c>. A request without Origin is not from a browser page and carries no
/// browser's cookies by accident, so it passes; "null" (sandboxed frames, files) does not.
/// </summary>
public sealed class HubOriginPolicy(IOptions<AccountOptions> accounts, IOptions<RealtimeOptions> realtime)
{
    private readonly HashSet<string> _configured = new(
        realtime.Value.AllowedOrigins.Append(accounts.Value.PublicBaseUrl).Select(Normalize).OfType<string>(),
        StringComparer.OrdinalIgnoreCase);

    public bool Allows(HttpRequest request)
    {
        var sent = request.Headers[HeaderNames.Origin];
        if (sent.Count == 0) return true;
        if (sent.Count > 1 || Normalize(sent[0]) is not { } origin) return false;
        return _configured.Contains(origin) || string.Equals(origin, Normalize($"{request.Scheme}://{request.Host}"), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"scheme://host[:port]" as a browser sends it (default port left out), or null when it is not an http(s) origin.</summary>
    public static string? Normalize(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
