namespace Community.Web.Realtime;

/// <summary>Section "Realtime".</summary>
public sealed class RealtimeOptions
{
    /// <summary>
    /// Origins besides the site's own (the request's, and <c>Accounts:PublicBaseUrl</c>) whose pages may open the hub,
    /// e.g. "https://www.example.com" when the forum is embedded there. Scheme, host and port; no path.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
