using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>Each hub invocation gets a fresh scope; this gives it the caller's space visibility before the method runs.</summary>
public sealed class VisibilityHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        await Spaces.SpaceVisibility.ApplyAsync(invocation.ServiceProvider, invocation.Context.User?.Id());
        return await next(invocation);
    }
}
