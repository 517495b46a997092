using System.Net;
using System.Text.RegularExpressions;

namespace Community.LoadDriver;

/// <summary>
/// One member's browser, reduced to what a load run needs: its own cookies, the forms' tokens, no redirects followed
/// (a 302 to "#answer-N" is how an accepted answer shows itself). Every request says it came through the TLS proxy,
/// as tests/load/run tells the app that 127.0.0.1 is one — so the app marks its cookies Secure, and a CookieContainer
/// would not send them back over this plain-HTTP hop: the cookies are kept by hand (<see cref="CookieJar"/>).
/// </summary>
public sealed partial class ForumSession : IDisposable
{
    private readonly CookieJar _cookies = new();

    public ForumSession(Uri site)
    {
        Http = new HttpClient(new CookieJarHandler(_cookies) { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = site,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
    }

    public HttpClient Http { get; }

    public string CookieHeader => _cookies.Header;

    public async Task SignInAsync(string email, string password)
    {
        var token = await TokenAsync("/account/login");
        using var response = await Http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || !CookieHeader.Contains("community.auth=", StringComparison.Ordinal))
            throw new LoadDriverException($"{email} could not sign in (HTTP {(int)response.StatusCode}); did the run give the load members their password?");
    }

    /// <summary>The antiforgery token of the first form on a page (any form's token serves the whole page).</summary>
    public async Task<string> TokenAsync(string path)
    {
        var html = await Http.GetStringAsync(path);
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new LoadDriverException($"no form token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => Http.Dispose();
}

/// <summary>Name=value of every cookie the site set (an empty value deletes one), sent back on every request.</summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _values = [];

    public string Header
    {
        get { lock (_values) return string.Join("; ", _values.Select(c => $"{c.Key}={c.Value}")); }
    }

    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var lines)) return;
        lock (_values)
            foreach (var line in lines)
            {
                var pair = line.Split(';', 2)[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0) continue;
                var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
                if (value.Length == 0) _values.Remove(name);
                else _values[name] = value;
            }
    }
}

public sealed class CookieJarHandler(CookieJar jar) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = jar.Header;
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        jar.Take(response);
        return response;
    }
}
