using Community.Web.Hosting;

namespace Community.Web.Realtime;

/// <summary>Refuses the hub's negotiate, WebSocket and polling requests from a page on another origin (<see cref="HubOriginPolicy"/>) with 403.</summary>
public sealed class HubOriginFilter(HubOriginPolicy policy, ILogger<HubOriginFilter> log) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (policy.Allows(request)) return await next(context);
        // Worth a warning: a proxy that changes the scheme or Host without Accounts:PublicBaseUrl set lands here too.
        log.HubOriginRefused(request.Headers.Origin.ToString(), $"{request.Scheme}://{request.Host}");
        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }
}
