using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Community.Web.Realtime;

/// <summary>
/// Hub writes need what a form post needs: the antiforgery token of a page the member was shown, matching their
/// antiforgery cookie. A browser cannot put a header on a WebSocket, so the page's script passes the token in the hub
/// URL's query (<see cref="TokenQuery"/>); it is checked once, when the connection opens, against the cookie that request
/// carried. A connection without a valid one may still read (<see cref="ReadsOnlyAttribute"/> methods, pushed updates);
/// anything else is refused before it runs — before its rate limit too, so a forged call costs no permit.
/// </summary>
public sealed class HubAntiforgery(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, IStringLocalizer<SharedResource> text) : IHubFilter
{
    public const string TokenQuery = "csrf";

    private static readonly object MayWrite = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.GetHttpContext() is { } request && await CarriesPageTokenAsync(request, context.Context.User))
            context.Context.Items[MayWrite] = true;
        await next(context);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next) =>
        invocation.HubMethod.IsDefined(typeof(ReadsOnlyAttribute)) || invocation.Context.Items.ContainsKey(MayWrite)
            ? next(invocation)
            : throw new HubException(text["LiveWriteNeedsReload"]);

    /// <summary>
    /// IAntiforgery reads a request token only from a header or a form, so the connection's cookies and the query's
    /// token are put to it as a request of their own (same scheme, host and member as the connection).
    /// </summary>
    private async Task<bool> CarriesPageTokenAsync(HttpContext connection, ClaimsPrincipal? member)
    {
        var token = connection.Request.Query[TokenQuery];
        if (token.Count != 1 || string.IsNullOrEmpty(token[0])) return false;
        var probe = new DefaultHttpContext { User = member ?? new ClaimsPrincipal() };
        probe.Request.Method = HttpMethods.Post;
        probe.Request.Scheme = connection.Request.Scheme;
        probe.Request.Host = connection.Request.Host;
        probe.Request.Headers.Cookie = connection.Request.Headers.Cookie;
        probe.Request.Headers[options.Value.HeaderName!] = token[0];
        return await antiforgery.IsRequestValidAsync(probe);
    }
}
