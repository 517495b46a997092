using Community.Core.Spaces;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>Each hub invocation gets a fresh scope; this gives it the caller's space visibility before the method runs.</summary>
public sealed class VisibilityHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var services = invocation.ServiceProvider;
        await services.GetRequiredService<SpaceAccess>().ApplyAsync(services.GetRequiredService<Visibility>(), invocation.Context.User?.Id());
        return await next(invocation);
    }
}
