namespace Community.Web;

/// <summary>Guards every redirect target that came from a request: only paths on this site pass.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    /// <summary>The page the request came from, when it is on this site (path and query); null otherwise.</summary>
    public static string? FromReferer(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var from) && from.Authority == request.Host.Value ? from.PathAndQuery : null;

    /// <summary>True for "/path" and "~/path" only; refuses "//host", "/\host", schemes, and control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(char.IsControl)) return false;
        if (url[0] == '/') return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        return url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'));
    }
}
